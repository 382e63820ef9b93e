import { createRoute } from '@tanstack/react-router';
import { paths } from '../../config/paths';
import { OpeningPage } from '../../features/suggestions/components/opening-page';
import { SuggestionsPage } from '../../features/suggestions/components/suggestions-page';
import { suggestionsSearchSchema } from '../../features/suggestions/search-params';
import { MeetingPage } from '../../features/voter-contact/components/meeting-page';
import { MeetingsPage } from '../../features/voter-contact/components/meetings-page';
import { PetitionsPage } from '../../features/voter-contact/components/petitions-page';
import {
  meetingsSearchSchema,
  petitionsSearchSchema,
} from '../../features/voter-contact/search-params';
import { appRoute } from './app-layout';
import { areaRoute } from './domain-areas';
import { RouteError } from './not-found';

const voterMeetingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.voterMeetings,
  validateSearch: meetingsSearchSchema,
  component: function VoterMeetingsRoute() {
    const search = voterMeetingsRoute.useSearch();
    const navigate = voterMeetingsRoute.useNavigate();
    return (
      <MeetingsPage
        search={search}
        onSearchChange={(patch) =>
          void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true })
        }
      />
    );
  },
  errorComponent: RouteError,
});

const voterPetitionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.voterPetitions,
  validateSearch: petitionsSearchSchema,
  component: function VoterPetitionsRoute() {
    const search = voterPetitionsRoute.useSearch();
    const navigate = voterPetitionsRoute.useNavigate();
    return (
      <PetitionsPage
        search={search}
        onSearchChange={(patch) =>
          void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true })
        }
      />
    );
  },
  errorComponent: RouteError,
});

const voterMeetingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.voterMeeting,
  component: function VoterMeetingRoute() {
    const { meetingId } = voterMeetingRoute.useParams();
    return <MeetingPage key={meetingId} meetingId={meetingId} />;
  },
  errorComponent: RouteError,
});

const suggestionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.suggestionBoxes,
  validateSearch: suggestionsSearchSchema,
  component: function SuggestionsRoute() {
    const search = suggestionsRoute.useSearch();
    const navigate = suggestionsRoute.useNavigate();
    return (
      <SuggestionsPage
        search={search}
        onSearchChange={(patch) =>
          void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: !('tab' in patch) })
        }
      />
    );
  },
  errorComponent: RouteError,
});

const suggestionOpeningRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.suggestionOpening,
  component: function SuggestionOpeningRoute() {
    const { openingId } = suggestionOpeningRoute.useParams();
    return <OpeningPage key={openingId} openingId={openingId} />;
  },
  errorComponent: RouteError,
});

// Flat siblings under the shell; static paths win over the $id ones.
export const civicRoutes = [
  areaRoute(paths.drafts, 'supervision'),
  voterMeetingsRoute,
  voterPetitionsRoute,
  voterMeetingRoute,
  suggestionsRoute,
  suggestionOpeningRoute,
] as const;
