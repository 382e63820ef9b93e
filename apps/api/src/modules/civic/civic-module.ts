// Social criticism of drafts, voter contact and suggestion boxes. Wired by services.ts and app.ts.
import type { FastifyPluginAsync } from 'fastify';
import type { FollowUpDeps } from '../../lib/follow-ups.ts';
import { createCivicRefs } from './civic-refs.repository.ts';
import { createDraftRepository } from './drafts.repository.ts';
import { draftRoutes } from './drafts.routes.ts';
import { createDraftService } from './drafts.service.ts';
import { createSuggestionBoxService } from './suggestion-boxes.service.ts';
import { createSuggestionRepository } from './suggestions.repository.ts';
import { suggestionRoutes } from './suggestions.routes.ts';
import { createSuggestionService } from './suggestions.service.ts';
import { createVoterContactRepository } from './voter-contact.repository.ts';
import { voterContactRoutes } from './voter-contact.routes.ts';
import { createVoterMeetingService } from './voter-meetings.service.ts';
import { createVoterPetitionService } from './voter-petitions.service.ts';

/** `criticism`: drafts and comments; `voterContact`: meetings, petitions, overdue sweep; `suggestions`: boxes, openings, suggestions. */
export function createCivicServices(deps: FollowUpDeps) {
  const { db, notifications } = deps;
  const clock = deps.now ? { now: deps.now } : {};
  const refs = createCivicRefs();
  const voters = createVoterContactRepository(db, refs);
  const suggestions = createSuggestionRepository(db, refs);
  return {
    criticism: createDraftService({ db, drafts: createDraftRepository(db, refs), refs, notifications, ...clock }),
    voterContact: {
      ...createVoterMeetingService({ db, voters, ...clock }),
      ...createVoterPetitionService({ ...deps, voters, refs }),
    },
    suggestions: {
      ...createSuggestionBoxService({ db, suggestions, refs, ...clock }),
      ...createSuggestionService({ db, suggestions, refs, notifications, ...clock }),
    },
  };
}

export type CivicServices = ReturnType<typeof createCivicServices>;

/** Registered under /api: /drafts, /draft-comments, /voter-meetings, /voter-petitions, /suggestion-boxes, /box-openings, /suggestions. */
export const civicModuleRoutes: FastifyPluginAsync<{ services: CivicServices }> = async (app, { services }) => {
  await app.register(draftRoutes, { criticism: services.criticism });
  await app.register(voterContactRoutes, { voterContact: services.voterContact });
  await app.register(suggestionRoutes, { suggestions: services.suggestions });
};
