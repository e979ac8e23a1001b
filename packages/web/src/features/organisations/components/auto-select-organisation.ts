import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useSession } from '../../accounts/api/session.ts';
import { useMyOrganisations, useSetActiveOrganisation } from '../api/my-organisations.ts';

/**
 * After sign-in, a user without an active organisation gets one: set at once when they are confirmed in
 * exactly one, or chosen on "My organisations" when they are in several. Done once per user and page load,
 * as soon as they are confirmed somewhere.
 */
export function useAutoSelectOrganisation() {
  const session = useSession();
  const user = session.data?.user;
  const mine = useMyOrganisations(Boolean(user));
  const setActive = useSetActiveOrganisation();
  const navigate = useNavigate();
  const location = useLocation();
  const handledFor = useRef<string | null>(null);
  const hasActive = Boolean(session.data?.activeOrganisationId);
  useEffect(() => {
    if (!user || !mine.data || hasActive || handledFor.current === user.id) return;
    const confirmed = mine.data.memberships.filter((m) => m.status === 'active');
    const [only] = confirmed;
    // Nothing to choose from yet (e.g. a join request still pending): try again when the list changes.
    if (!only) return;
    handledFor.current = user.id;
    if (confirmed.length === 1) setActive.mutate(only.organisation.id);
    else if (location.pathname !== '/organisations') navigate('/organisations');
  }, [user, mine.data, hasActive, setActive, navigate, location.pathname]);
}
