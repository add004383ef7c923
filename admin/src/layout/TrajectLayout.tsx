import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { SignInLanguage } from '../i18n/signInLanguage';
import { AccessibleControls } from './AccessibleControls';
import { TrajectAppBar } from './TrajectAppBar';
import { TrajectMenu } from './TrajectMenu';

export function TrajectLayout({ children }: { children: ReactNode }) {
  return (
    <Layout appBar={TrajectAppBar} menu={TrajectMenu}>
      <SignInLanguage />
      <AccessibleControls />
      {children}
    </Layout>
  );
}
