import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { DocumentLanguage } from '../i18n/documentLanguage';
import { SignInLanguage } from '../i18n/signInLanguage';
import { StatementLink } from '../accessibility/StatementLink';
import { AccessibleControls } from './AccessibleControls';
import { TrajectAppBar } from './TrajectAppBar';
import { TrajectMenu } from './TrajectMenu';
import { Shortcuts } from './Shortcuts';
import { DatePickerProvider } from '../common/DatePickerProvider';

export function TrajectLayout({ children }: { children: ReactNode }) {
  return (
    <Layout appBar={TrajectAppBar} menu={TrajectMenu}>
      <SignInLanguage />
      <DocumentLanguage />
      <AccessibleControls />
      <Shortcuts />
      <DatePickerProvider>{children}</DatePickerProvider>
      <StatementLink />
    </Layout>
  );
}
