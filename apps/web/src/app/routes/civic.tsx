import { createRoute } from '@tanstack/react-router';
import { paths } from '../../config/paths';
import { DraftPage } from '../../features/criticism/components/draft-page';
import { DraftsPage } from '../../features/criticism/components/drafts-page';
import { draftsSearchSchema } from '../../features/criticism/search-params';
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
import { RouteError } from './not-found';

const draftsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.drafts,
  validateSearch: draftsSearchSchema,
  component: function DraftsRoute() {
    const search = draftsRoute.useSearch();
    const navigate = draftsRoute.useNavigate();
    return (
      <DraftsPage
        search={search}
        onSearchChange={(patch) =>
          void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true })
        }
      />
    );
  },
  errorComponent: RouteError,
});

const draftRoute = createRoute({
  getParentRoute: () => appRoute,
  path: paths.draft,
  component: function DraftRoute() {
    const { draftId } = draftRoute.useParams();
    return <DraftPage key={draftId} draftId={draftId} />;
  },
  errorComponent: RouteError,
});

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
  draftsRoute,
  draftRoute,
  voterMeetingsRoute,
  voterPetitionsRoute,
  voterMeetingRoute,
  suggestionsRoute,
  suggestionOpeningRoute,
] as const;
