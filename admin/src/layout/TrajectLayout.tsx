import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { SignInLanguage } from '../i18n/signInLanguage';
import { TrajectAppBar } from './TrajectAppBar';

export function TrajectLayout({ children }: { children: ReactNode }) {
  return (
    <Layout appBar={TrajectAppBar}>
      <SignInLanguage />
      {children}
    </Layout>
  );
}
