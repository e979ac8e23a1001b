import { type ComponentType, lazy, type ReactNode } from 'react';
import { Route } from 'react-router';

const IdentifyPage = lazy(() =>
  import('./pages/identify-page.tsx').then((m) => ({ default: m.IdentifyPage })),
);
const ClientLinksPage = lazy(() =>
  import('./pages/client-links-page.tsx').then((m) => ({ default: m.ClientLinksPage })),
);
const ClientLinkReviewPage = lazy(() =>
  import('./pages/client-link-review-page.tsx').then((m) => ({ default: m.ClientLinkReviewPage })),
);

/** The client's identification page (public, B5) and the agency's pages to send and review links. */
export function clientLinksRoutes(Guard: ComponentType<{ children: ReactNode }>) {
  return [
    <Route key="identify" path="/identify/:token" element={<IdentifyPage />} />,
    <Route
      key="client-links"
      path="/client-links"
      element={
        <Guard>
          <ClientLinksPage />
        </Guard>
      }
    />,
    <Route
      key="client-link"
      path="/client-links/:clientLinkId"
      element={
        <Guard>
          <ClientLinkReviewPage />
        </Guard>
      }
    />,
  ];
}
