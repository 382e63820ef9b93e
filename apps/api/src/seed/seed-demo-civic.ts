// The demo ward's social criticism, voter contact and suggestion boxes (source document I.3–I.5):
// the drafts it commented on in 2025 (the ward Party Congress, the provincial Front Congress, the
// 2026 plan) and one open now; voter meetings before and after the People's Council's sessions
// and a thematic one, their petitions sent, answered and reported back, some overdue; two boxes
// opened each quarter. Written through the services as the demo users would
// (prisma/seed/civic-*.json), the clock moved to each action's date; nothing after now.
// Idempotent per area: each is seeded when the ward has none of its records.
import { createCaseBodySchema } from '@phoihop/shared/cases';
import {
  consolidateBodySchema,
  createCommentBodySchema,
  createDraftBodySchema,
  respondCommentBodySchema,
} from '@phoihop/shared/criticism';
import { addDays, todayInVietnam } from '@phoihop/shared/dates';
import { answerBodySchema } from '@phoihop/shared/follow-ups';
import {
  answerSuggestionBodySchema,
  createBoxOpeningBodySchema,
  createSuggestionBodySchema,
  createSuggestionBoxBodySchema,
  fileSuggestionBodySchema,
  forwardSuggestionBodySchema,
} from '@phoihop/shared/suggestions';
import {
  createPetitionBodySchema,
  createVoterMeetingBodySchema,
  sendPetitionBodySchema,
} from '@phoihop/shared/voter-contact';
import demo from '../../../../prisma/seed/demo-ward.json' with { type: 'json' };
import drafts from '../../../../prisma/seed/civic-drafts.json' with { type: 'json' };
import suggestionSeed from '../../../../prisma/seed/civic-suggestions.json' with { type: 'json' };
import voterContact from '../../../../prisma/seed/civic-voter-contact.json' with { type: 'json' };
import type { Db } from '../db/prisma.ts';
import { demoContexts } from './demo-actors.ts';
import type { ServicesAt } from './seed-demo-plans.ts';

export interface SeededCivic {
  drafts: number;
  voterMeetings: number;
  petitions: number;
  boxes: number;
  suggestions: number;
}

interface DraftSeed {
  title: string;
  draftingBody?: string;
  draftingOrganisation?: string;
  summary: string;
  submittedOn?: string;
  commentDeadline?: string;
  openNow?: { submittedDaysAgo: number; deadlineInDays: number };
  comments: {
    on?: string;
    daysAgo?: number;
    by: string;
    organisation?: string;
    person?: string;
    point?: string;
    content: string;
    response?: { on: string; kind: 'ACCEPTED' | 'EXPLAINED'; text?: string; by?: string };
  }[];
  consolidated?: { on: string; by: string; text: string };
}

interface PetitionSeed {
  content: string;
  field: string;
  voter: string;
  to?: string;
  toName?: string;
  sentAfter?: number;
  answer?: { after: number; number: string; text: string; by?: string };
  reportBackAt?: string;
}

interface MeetingSeed {
  key: string;
  kind: string;
  theme?: string;
  councilSession: string;
  heldOn: string;
  location: string;
  delegates: keyof typeof voterContact.delegates;
  voterCount: number;
  by: string;
  petitions: PetitionSeed[];
}

interface SuggestionSeed {
  box: string;
  opening: string;
  summary: string;
  field: string;
  anonymous?: boolean;
  author?: { name?: string; address?: string; phone?: string };
  forward?: { to?: string; toName?: string; after: number };
  answer?: { after: number; text: string };
  file?: { after: number; note: string };
  case?: { after: number; field: string; kind: string; subject: string };
}

/** Actions queued by day, run in order of day and then of queueing, none after today. */
function agenda() {
  const items: { on: string; seq: number; run: () => Promise<void> }[] = [];
  let seq = 0;
  return {
    add(on: string, run: () => Promise<void>) {
      items.push({ on, seq: seq++, run });
    },
    async runUntil(today: string, at: (date: string) => void) {
      // Actions queued while running (answers after a send) join the queue in their place.
      for (;;) {
        items.sort((a, b) => a.on.localeCompare(b.on) || a.seq - b.seq);
        const next = items.shift();
        if (!next || next.on > today) return;
        at(next.on);
        await next.run();
      }
    },
  };
}

export async function seedDemoCivic(servicesAt: ServicesAt, db: Db, now = new Date()): Promise<SeededCivic> {
  const seeded: SeededCivic = { drafts: 0, voterMeetings: 0, petitions: 0, boxes: 0, suggestions: 0 };
  const ward = await db.adminUnit.findUnique({ where: { code: demo.ward.code }, select: { id: true } });
  if (!ward) return seeded;
  const wardId = ward.id;

  let clock = now;
  const services = servicesAt(() => clock);
  /** Acts on `date` (09:00 in Vietnam), never later than now. */
  const at = (date: string) => {
    const moment = new Date(`${date}T09:00:00+07:00`);
    clock = moment < now ? moment : now;
  };
  const today = todayInVietnam(now);
  const { as, orgIdOf, officerOf } = await demoContexts(db, wardId);
  const front = as('canbo-mttq');

  if ((await db.draft.count({ where: { unitId: wardId } })) === 0) await seedDrafts();
  if ((await db.voterMeeting.count({ where: { unitId: wardId } })) === 0) await seedVoterContact();
  if ((await db.suggestionBox.count({ where: { unitId: wardId } })) === 0) await seedSuggestions();
  return seeded;

  async function seedDrafts() {
    const plan = agenda();
    for (const seed of drafts.drafts as DraftSeed[]) {
      const submittedOn = seed.openNow ? addDays(today, -seed.openNow.submittedDaysAgo) : seed.submittedOn!;
      const commentDeadline = seed.openNow ? addDays(today, seed.openNow.deadlineInDays) : seed.commentDeadline!;
      const draftingOrganisationId = seed.draftingOrganisation ? orgIdOf(seed.draftingOrganisation) : null;
      // The drafting organisation's staff answer; for a body outside the unit, the Front records it.
      const responder = draftingOrganisationId ? officerOf(draftingOrganisationId) : 'canbo-mttq';
      let draftId = '';
      plan.add(submittedOn, async () => {
        const body = createDraftBodySchema.parse({
          title: seed.title,
          draftingOrganisationId,
          draftingBody: seed.draftingBody ?? null,
          summary: seed.summary,
          submittedOn,
          commentDeadline,
        });
        draftId = (await services.criticism.createDraft(body, front)).id;
        seeded.drafts++;
      });
      for (const comment of seed.comments) {
        const on = comment.on ?? addDays(today, -(comment.daysAgo ?? 0));
        plan.add(on, async () => {
          const body = createCommentBodySchema.parse({
            organisationId: comment.organisation ? orgIdOf(comment.organisation) : null,
            personName: comment.person ?? null,
            point: comment.point ?? null,
            content: comment.content,
          });
          const created = await services.criticism.addComment(draftId, body, as(comment.by));
          const response = comment.response;
          if (!response) return;
          plan.add(response.on, async () => {
            const body = respondCommentBodySchema.parse({ response: response.kind, text: response.text ?? null, respondedOn: response.on });
            await services.criticism.respond(created.id, created.version, body, as(response.by ?? responder));
          });
        });
      }
      const consolidated = seed.consolidated;
      if (consolidated) {
        plan.add(consolidated.on, async () => {
          const draft = await services.criticism.getDraft(draftId, front);
          const body = consolidateBodySchema.parse({ text: consolidated.text, on: consolidated.on });
          await services.criticism.consolidate(draftId, draft.version, body, as(consolidated.by));
        });
      }
    }
    await plan.runUntil(today, at);
  }

  async function seedVoterContact() {
    const plan = agenda();
    const meetingIds = new Map<string, string>();
    const reportBack = new Map<string, string[]>();
    for (const seed of voterContact.meetings as MeetingSeed[]) {
      const manager = as(seed.by);
      plan.add(seed.heldOn, async () => {
        const meeting = await services.voterContact.createMeeting(
          createVoterMeetingBodySchema.parse({
            kind: seed.kind,
            councilSession: seed.councilSession,
            theme: seed.theme ?? null,
            heldOn: seed.heldOn,
            location: seed.location,
            delegates: voterContact.delegates[seed.delegates],
            voterCount: seed.voterCount,
          }),
          manager,
        );
        meetingIds.set(seed.key, meeting.id);
        seeded.voterMeetings++;
        // Answers to earlier meetings' petitions are read back to the voters first.
        const answered = reportBack.get(seed.key) ?? [];
        if (answered.length) await services.voterContact.reportBack(meeting.id, answered, manager);

        for (const p of seed.petitions) {
          const created = await services.voterContact.createPetition(
            meeting.id,
            createPetitionBodySchema.parse({ content: p.content, field: p.field, voterName: p.voter }),
            manager,
          );
          seeded.petitions++;
          if (p.sentAfter === undefined) continue;
          const sentOn = addDays(seed.heldOn, p.sentAfter);
          plan.add(sentOn, async () => {
            const sent = await services.voterContact.send(
              created.id,
              created.version,
              sendPetitionBodySchema.parse({ addresseeOrganisationId: p.to ? orgIdOf(p.to) : null, addresseeName: p.toName ?? null, sentOn }),
              manager,
            );
            const answer = p.answer;
            if (!answer) return;
            const answeredOn = addDays(sentOn, answer.after);
            plan.add(answeredOn, async () => {
              const by = answer.by ?? officerOf(orgIdOf(p.to!));
              const body = answerBodySchema.parse({ text: answer.text, answeredOn, documentNumber: answer.number });
              await services.voterContact.answer(sent.id, sent.version, body, as(by));
              if (p.reportBackAt) reportBack.set(p.reportBackAt, [...(reportBack.get(p.reportBackAt) ?? []), sent.id]);
            });
          });
        }
      });
    }
    await plan.runUntil(today, at);
  }

  async function seedSuggestions() {
    const plan = agenda();
    for (const seed of suggestionSeed.boxes) {
      plan.add(seed.placedOn, async () => {
        const box = await services.suggestions.createBox(
          createSuggestionBoxBodySchema.parse({ name: seed.name, location: seed.location, placedOn: seed.placedOn, keeperOrganisationId: orgIdOf(seed.keeper) }),
          front,
        );
        seeded.boxes++;
        for (const openedOn of seed.openings) {
          plan.add(openedOn, async () => {
            const body = createBoxOpeningBodySchema.parse({ openedOn, openedBy: suggestionSeed.openedBy, witnesses: seed.witnesses });
            const opening = await services.suggestions.createOpening(box.id, body, front);
            const found = (suggestionSeed.suggestions as SuggestionSeed[]).filter((x) => x.box === seed.key && x.opening === openedOn);
            for (const suggestion of found) await recordSuggestion(suggestion, opening.id);
          });
        }
      });
    }
    await plan.runUntil(today, at);

    /** Recorded when the box is opened; forwarded and answered, filed, or opened as a case later. */
    async function recordSuggestion(seed: SuggestionSeed, openingId: string) {
      const created = await services.suggestions.createSuggestion(
        createSuggestionBodySchema.parse({
          openingId,
          summary: seed.summary,
          field: seed.field,
          anonymous: seed.anonymous ?? false,
          authorName: seed.author?.name ?? null,
          authorAddress: seed.author?.address ?? null,
          authorPhone: seed.author?.phone ?? null,
        }),
        front,
      );
      seeded.suggestions++;
      const { forward, answer, file, case: asCase } = seed;
      if (forward) {
        const forwardedOn = addDays(seed.opening, forward.after);
        plan.add(forwardedOn, async () => {
          const organisationId = forward.to ? orgIdOf(forward.to) : null;
          const sent = await services.suggestions.forward(
            created.id,
            created.version,
            forwardSuggestionBodySchema.parse({ addresseeOrganisationId: organisationId, addresseeName: forward.toName ?? null, forwardedOn }),
            front,
          );
          if (!answer) return;
          const answeredOn = addDays(forwardedOn, answer.after);
          plan.add(answeredOn, async () => {
            // The organisation it was sent to answers; for a body outside the unit, the Front records it.
            const by = organisationId ? as(officerOf(organisationId)) : front;
            await services.suggestions.answer(sent.id, sent.version, answerSuggestionBodySchema.parse({ text: answer.text, answeredOn }), by);
          });
        });
      }
      if (file) {
        plan.add(addDays(seed.opening, file.after), async () => {
          await services.suggestions.file(created.id, created.version, fileSuggestionBodySchema.parse({ note: file.note }), front);
        });
      }
      if (asCase) {
        const receivedOn = addDays(seed.opening, asCase.after);
        plan.add(receivedOn, async () => {
          const author = seed.author!;
          const body = createCaseBodySchema.parse({
            receivedOn,
            channel: 'SUGGESTION_BOX',
            kind: asCase.kind,
            field: asCase.field,
            summary: seed.summary,
            subject: asCase.subject,
            petitioners: [{ fullName: author.name, address: author.address ?? null, phone: author.phone ?? null }],
            suggestionId: created.id,
          });
          await services.cases.create(body, front);
        });
      }
    }
  }
}
