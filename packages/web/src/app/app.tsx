import { Center, Loader, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { Layout } from '../components/layout.tsx';
import { useSession } from '../features/accounts/api/session.ts';
import { adminListsRoutes } from '../features/admin-lists/admin-lists-routes.tsx';
import { apiKeysRoutes } from '../features/api-keys/api-keys-routes.tsx';
import { clientLinksRoutes } from '../features/client-links/client-links-routes.tsx';
import { cockpitRoutes } from '../features/cockpit/cockpit-routes.tsx';
import { toolRoutes } from '../features/declarations/tool-routes.tsx';
import { recordsRoutes } from '../features/records/records-routes.tsx';
import { reviewsRoutes } from '../features/reviews/reviews-routes.tsx';
import { screeningRoutes } from '../features/screening/screening-routes.tsx';
import { transactionRoutes } from '../features/transactions/transaction-routes.tsx';
import { webhooksRoutes } from '../features/webhooks/webhooks-routes.tsx';
import { LocalizedDates } from './localized-dates.tsx';
import { createQueryClient } from './query-client.ts';
import { theme } from './theme.ts';

// Each page is its own chunk, fetched when its route is first visited (docs/PERFORMANCE.md, "Web").
const ActivatePage = lazy(() =>
  import('../features/accounts/pages/activate-page.tsx').then((m) => ({ default: m.ActivatePage })),
);
const LoginPage = lazy(() =>
  import('../features/accounts/pages/login-page.tsx').then((m) => ({ default: m.LoginPage })),
);
const ProfilePage = lazy(() =>
  import('../features/accounts/pages/profile-page.tsx').then((m) => ({ default: m.ProfilePage })),
);
const SignUpPage = lazy(() =>
  import('../features/accounts/pages/sign-up-page.tsx').then((m) => ({ default: m.SignUpPage })),
);
const AdminPage = lazy(() =>
  import('../features/admin/pages/admin-page.tsx').then((m) => ({ default: m.AdminPage })),
);
const AdminWalletPage = lazy(() =>
  import('../features/admin-wallet/pages/admin-wallet-page.tsx').then((m) => ({
    default: m.AdminWalletPage,
  })),
);
const AmlHomePage = lazy(() =>
  import('../features/aml/pages/aml-home-page.tsx').then((m) => ({ default: m.AmlHomePage })),
);
const EidResultPage = lazy(() =>
  import('../features/eid/pages/eid-result-page.tsx').then((m) => ({ default: m.EidResultPage })),
);
const HomePage = lazy(() => import('../features/home/home-page.tsx').then((m) => ({ default: m.HomePage })));
const MyOrganisationsPage = lazy(() =>
  import('../features/organisations/pages/my-organisations-page.tsx').then((m) => ({
    default: m.MyOrganisationsPage,
  })),
);
const OrganisationPage = lazy(() =>
  import('../features/organisations/pages/organisation-page.tsx').then((m) => ({
    default: m.OrganisationPage,
  })),
);
const TestCheckoutPage = lazy(() =>
  import('../features/wallet/pages/test-checkout-page.tsx').then((m) => ({ default: m.TestCheckoutPage })),
);
const WalletPage = lazy(() =>
  import('../features/wallet/pages/wallet-page.tsx').then((m) => ({ default: m.WalletPage })),
);

const queryClient = createQueryClient();

export function App() {
  return (
    <MantineProvider theme={theme}>
      <LocalizedDates>
        {/* Top centre: never over a form's submit button or the header's menus. */}
        <Notifications position="top-center" />
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </QueryClientProvider>
      </LocalizedDates>
    </MantineProvider>
  );
}

function AppRoutes() {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <Center mt="xl">
          <Loader aria-label={t('loading')} />
        </Center>
      }
    >
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
          {apiKeysRoutes(RequireUser)}
          {webhooksRoutes(RequireUser)}
          {cockpitRoutes(RequireUser)}
          {reviewsRoutes(RequireUser)}
          {clientLinksRoutes(RequireUser)}
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
    </Suspense>
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
