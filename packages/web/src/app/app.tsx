import { Center, Loader, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { Layout } from '../components/layout.tsx';
import { useSession } from '../features/accounts/api/session.ts';
import { ActivatePage } from '../features/accounts/pages/activate-page.tsx';
import { LoginPage } from '../features/accounts/pages/login-page.tsx';
import { ProfilePage } from '../features/accounts/pages/profile-page.tsx';
import { SignUpPage } from '../features/accounts/pages/sign-up-page.tsx';
import { AdminPage } from '../features/admin/pages/admin-page.tsx';
import { adminListsRoutes } from '../features/admin-lists/admin-lists-routes.tsx';
import { AdminWalletPage } from '../features/admin-wallet/pages/admin-wallet-page.tsx';
import { AmlHomePage } from '../features/aml/pages/aml-home-page.tsx';
import { toolRoutes } from '../features/declarations/tool-routes.tsx';
import { EidResultPage } from '../features/eid/pages/eid-result-page.tsx';
import { HomePage } from '../features/home/home-page.tsx';
import { MyOrganisationsPage } from '../features/organisations/pages/my-organisations-page.tsx';
import { OrganisationPage } from '../features/organisations/pages/organisation-page.tsx';
import { recordsRoutes } from '../features/records/records-routes.tsx';
import { screeningRoutes } from '../features/screening/screening-routes.tsx';
import { transactionRoutes } from '../features/transactions/transaction-routes.tsx';
import { TestCheckoutPage } from '../features/wallet/pages/test-checkout-page.tsx';
import { WalletPage } from '../features/wallet/pages/wallet-page.tsx';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

export function App() {
  return (
    <MantineProvider>
      <Notifications />
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}

function AppRoutes() {
  const { t } = useTranslation();
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/sign-up" element={<SignUpPage />} />
        <Route path="/activate" element={<ActivatePage />} />
        <Route path="/eid/result" element={<EidResultPage />} />
        <Route
          path="/"
          element={
            <RequireUser>
              <HomePage />
            </RequireUser>
          }
        />
        <Route
          path="/profile"
          element={
            <RequireUser>
              <ProfilePage />
            </RequireUser>
          }
        />
        <Route
          path="/organisations"
          element={
            <RequireUser>
              <MyOrganisationsPage />
            </RequireUser>
          }
        />
        <Route
          path="/organisation"
          element={
            <RequireUser>
              <OrganisationPage />
            </RequireUser>
          }
        />
        <Route
          path="/aml"
          element={
            <RequireUser>
              <AmlHomePage />
            </RequireUser>
          }
        />
        <Route
          path="/admin"
          element={
            <RequireUser adminOnly>
              <AdminPage />
            </RequireUser>
          }
        />
        {toolRoutes(RequireUser)}
        {recordsRoutes(RequireUser)}
        {transactionRoutes(RequireUser)}
        {screeningRoutes(RequireUser)}
        {adminListsRoutes(RequireUser)}
        <Route
          path="/wallet"
          element={
            <RequireUser>
              <WalletPage />
            </RequireUser>
          }
        />
        <Route
          path="/payments/test/:externalId"
          element={
            <RequireUser>
              <TestCheckoutPage />
            </RequireUser>
          }
        />
        <Route
          path="/admin/wallet"
          element={
            <RequireUser adminOnly>
              <AdminWalletPage />
            </RequireUser>
          }
        />
        <Route path="*" element={<Center>{t('notFound')}</Center>} />
      </Route>
    </Routes>
  );
}

/**
 * Pages behind sign-in send an anonymous visitor to the login page; administration pages are not even
 * shown to other accounts (the API refuses them anyway).
 */
function RequireUser({ children, adminOnly = false }: { children: ReactNode; adminOnly?: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.isPending) {
    return (
      <Center mt="xl">
        <Loader aria-label={t('loading')} />
      </Center>
    );
  }
  if (!session.data?.user) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  if (adminOnly && !session.data.user.isPlatformAdmin) return <Center mt="xl">{t('notFound')}</Center>;
  return children;
}
