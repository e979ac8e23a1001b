import { type ComponentType, lazy, type ReactNode } from 'react';
import { Route } from 'react-router';

const ReviewsPage = lazy(() => import('./pages/reviews-page.tsx').then((m) => ({ default: m.ReviewsPage })));

/** Periodic reviews of risk profiles (issue 14, item 9). */
export function reviewsRoutes(Guard: ComponentType<{ children: ReactNode }>) {
  return [
    <Route
      key="reviews"
      path="/reviews"
      element={
        <Guard>
          <ReviewsPage />
        </Guard>
      }
    />,
  ];
}
