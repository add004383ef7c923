import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { firstLanguage } from './i18n/documentLanguage';
import { i18nProvider } from './i18n/i18nProvider';

/** The first language's words are loaded before the console shows anything (French is in the bundle). */
async function start(): Promise<void> {
  const language = firstLanguage();
  if (language !== i18nProvider.getLocale()) await i18nProvider.changeLocale(language);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
