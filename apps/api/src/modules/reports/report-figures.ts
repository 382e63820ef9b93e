// The report's figures from the counts: what each counts, its value written the way the ward's
// reports write it ("05", "100%"), where it comes from in words, and the list behind it.
import { formatDateVi, type IsoDate } from '@phoihop/shared/dates';
import { listLink, listPaths, type ListLink } from '@phoihop/shared/links';
import { formatPercent, rateOf, rateText, type RateBase } from '@phoihop/shared/percent';
import { reportFigureKeys, type ReportFigure, type ReportFigureKey } from '@phoihop/shared/reports';
import type { CaseCounts, CivicCounts, MediationCounts, SupervisionCounts } from './report-figures.repository.ts';

export interface PlanCounts {
  id: string;
  tasks: number;
  done: number;
  /** Not done and past their due date on the day (a closed plan: by its closing day). */
  overdue: number;
  /** Weighted progress 0–100, null when no task counts. */
  progress: number | null;
}

export interface FigureCounts {
  cases: CaseCounts;
  mediation: MediationCounts;
  supervision: SupervisionCounts;
  civic: CivicCounts;
  plan: PlanCounts | null;
}

export interface FigureContext {
  year: number;
  asOf: IsoDate;
  /** "phường Hoành Sơn" */
  unitName: string;
}

/** Counts under 10 take a leading zero, as the ward's reports write them ("05 đơn"). */
export const countText = (value: number): string => (value > 0 && value < 10 ? `0${value}` : String(value));

/** "100%", "95,3%"; "…" (left for the author) when there is nothing to divide by. */
export const percentText = (value: number | null): string => formatPercent(value) ?? '…';

type Entry = Omit<ReportFigure, 'key'>;

function count(label: string, value: number, source: string, link: ListLink | null): Entry {
  return { label, value, text: countText(value), source, link, rate: null };
}

/** A weighted average (the plan's progress): a percentage with no part and whole. */
function progress(label: string, value: number | null, source: string, link: ListLink | null): Entry {
  return { label, value, text: percentText(value), source, link, rate: null };
}

/**
 * A rate, written with its base wherever it goes: "100% (22/22 vụ đã kết thúc hòa giải)"; "…"
 * (left for the author) when there is nothing to divide by.
 */
function rate(label: string, part: number, whole: number, base: RateBase, source: string, link: ListLink | null): Entry {
  const r = rateOf(part, whole, base);
  return { label, value: r.value, text: r.value === null ? percentText(null) : rateText(r), source, link, rate: r };
}

/** Every figure, in the order of `reportFigureKeys`. */
export function buildFigures(counts: FigureCounts, ctx: FigureContext): ReportFigure[] {
  const { year, asOf, unitName } = ctx;
  const from = `${year}-01-01`;
  const period = `từ ${formatDateVi(from)} đến ${formatDateVi(asOf)}`;
  const by = `đến ngày ${formatDateVi(asOf)}`;
  const { cases, mediation, supervision, civic, plan } = counts;

  const casesLink = (state?: 'handled' | 'open') => listLink(listPaths.cases, { from, to: asOf, state });
  const mediationCases = (search: { outcome?: 'SUCCESSFUL' | 'IN_PROGRESS'; concluded?: boolean } = {}) =>
    listLink(listPaths.mediation, { tab: 'cases', from, to: asOf, outcome: search.outcome, concluded: search.concluded });
  const supervisions = (kind?: 'THEMATIC' | 'JOINT_COUNCIL') => listLink(listPaths.supervision, { year, kind });
  const allRecommendations = listLink(listPaths.recommendations, { open: false });
  const allPetitions = listLink(listPaths.voterPetitions, { open: false });
  const planLink = (search: Record<string, string>) => (plan ? listLink(listPaths.plan(plan.id), search) : null);
  const pending = cases.received - cases.handled;
  const planName = `Chương trình phối hợp năm ${year}`;

  const entries: Record<ReportFigureKey, Entry> = {
    'cases.received': count(
      'Đơn thư tiếp nhận',
      cases.received,
      `Đơn thư ${unitName} tiếp nhận ${period}; đơn trùng (gửi lại nội dung đã nhận) chỉ tính một lần.`,
      casesLink(),
    ),
    'cases.handled': count(
      'Đơn thư đã xử lý',
      cases.handled,
      `Trong số đơn tiếp nhận ${period}, đơn đã có kết quả ${by}: trả lời, quyết định, kết luận, chuyển đơn, hướng dẫn, không thụ lý, lưu đơn hoặc công dân rút đơn.`,
      casesLink('handled'),
    ),
    'cases.pending': count(
      'Đơn thư đang giải quyết',
      pending,
      `Đơn tiếp nhận ${period} chưa có kết quả ${by} (số tiếp nhận trừ số đã xử lý); đơn có kết quả sau ngày ${formatDateVi(asOf)} vẫn tính là đang giải quyết.`,
      casesLink('open'),
    ),
    'cases.handledOnTime': count(
      'Đơn thư xử lý đúng hạn',
      cases.handledOnTime,
      `Trong số đơn đã xử lý ${by}, đơn đáp ứng mọi thời hạn pháp lý (xử lý đơn, thụ lý, giải quyết), tính theo lịch làm việc và các lần gia hạn, tạm dừng đã ghi.`,
      casesLink('handled'),
    ),
    'cases.onTimeRate': rate(
      'Tỷ lệ đơn thư xử lý đúng hạn',
      cases.handledOnTime,
      cases.handled,
      'letters-handled',
      `Số đơn xử lý đúng hạn chia cho số đơn đã xử lý ${by}, trong số đơn tiếp nhận ${period}.`,
      casesLink('handled'),
    ),
    'cases.duplicates': count(
      'Đơn trùng',
      cases.duplicates,
      `Đơn tiếp nhận ${period} được xác định trùng với đơn đã nhận trước: lưu, không xử lý lại, không tính vào số đơn tiếp nhận.`,
      casesLink(),
    ),
    'mediation.teams': count(
      'Tổ hòa giải',
      mediation.teams,
      `Tổ hòa giải ở cơ sở đang hoạt động, được công nhận ${by} (tổ chưa ghi ngày công nhận cũng được tính).`,
      listLink(listPaths.mediation, { tab: 'teams' }),
    ),
    'mediation.mediators': count(
      'Hòa giải viên',
      mediation.mediators,
      'Hòa giải viên đang hoạt động của các tổ hòa giải trên.',
      listLink(listPaths.mediation, { tab: 'teams' }),
    ),
    'mediation.cases': count('Vụ việc hòa giải', mediation.cases, `Vụ việc hòa giải tiếp nhận ${period}.`, mediationCases()),
    'mediation.successful': count(
      'Vụ việc hòa giải thành',
      mediation.successful,
      `Vụ việc hòa giải tiếp nhận ${period}, hòa giải thành ${by}.`,
      mediationCases({ outcome: 'SUCCESSFUL' }),
    ),
    'mediation.inProgress': count(
      'Vụ việc đang hòa giải',
      mediation.cases - mediation.concluded,
      `Vụ việc hòa giải tiếp nhận ${period} chưa kết thúc hòa giải ${by} (số tiếp nhận trừ số đã kết thúc).`,
      mediationCases({ outcome: 'IN_PROGRESS' }),
    ),
    'mediation.successRate': rate(
      'Tỷ lệ hòa giải thành',
      mediation.successful,
      mediation.concluded,
      'mediation-concluded',
      `Số vụ hòa giải thành chia cho số vụ đã kết thúc hòa giải (thành và không thành) ${by}, trong số vụ việc tiếp nhận ${period}; vụ việc đang hòa giải chưa tính.`,
      mediationCases({ concluded: true }),
    ),
    'supervision.supervisions': count(
      'Cuộc giám sát',
      supervision.supervisions,
      `Cuộc giám sát (đoàn giám sát, giám sát của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng) có thời gian giám sát trong năm ${year}, bắt đầu ${by}.`,
      supervisions(),
    ),
    'supervision.thematic': count(
      'Giám sát chuyên đề',
      supervision.thematic,
      `Cuộc giám sát chuyên đề do Ủy ban MTTQ chủ trì có thời gian giám sát trong năm ${year}, bắt đầu ${by}.`,
      supervisions('THEMATIC'),
    ),
    'supervision.joint': count(
      'Giám sát phối hợp với HĐND',
      supervision.joint,
      `Cuộc giám sát phối hợp với Thường trực HĐND có thời gian giám sát trong năm ${year}, bắt đầu ${by}.`,
      supervisions('JOINT_COUNCIL'),
    ),
    'supervision.topics': {
      label: 'Nội dung giám sát chuyên đề',
      value: supervision.topics.length,
      text: supervision.topics.length ? supervision.topics.join('; ') : 'không có',
      rate: null,
      source: `Tên các cuộc giám sát chuyên đề và giám sát phối hợp với HĐND có thời gian giám sát trong năm ${year}, bắt đầu ${by}.`,
      link: supervisions(),
    },
    'supervision.recommendations': count(
      'Kiến nghị sau giám sát',
      supervision.recommendations,
      `Kiến nghị sau giám sát gửi cơ quan, tổ chức ${period}.`,
      allRecommendations,
    ),
    'supervision.recommendationsAnswered': count(
      'Kiến nghị sau giám sát đã được trả lời',
      supervision.answered,
      `Trong số kiến nghị gửi ${period}, kiến nghị đã được trả lời ${by} (kể cả trả lời không tiếp thu, có nêu lý do).`,
      allRecommendations,
    ),
    'supervision.recommendationsOverdue': count(
      'Kiến nghị sau giám sát quá hạn trả lời',
      supervision.overdue,
      `Trong số kiến nghị gửi ${period}, kiến nghị đã quá hạn trả lời mà ${by} chưa được trả lời.`,
      listLink(listPaths.recommendations, { overdue: true }),
    ),
    'voter.meetings': count(
      'Buổi tiếp xúc cử tri',
      civic.meetings,
      `Buổi tiếp xúc cử tri (trước, sau kỳ họp HĐND và theo chuyên đề) tổ chức ${period}.`,
      listLink(listPaths.voterMeetings, { year }),
    ),
    'voter.petitions': count(
      'Ý kiến, kiến nghị của cử tri',
      civic.petitions,
      `Ý kiến, kiến nghị của cử tri ghi nhận tại các buổi tiếp xúc tổ chức ${period}.`,
      allPetitions,
    ),
    'voter.petitionsAnswered': count(
      'Kiến nghị của cử tri đã được trả lời',
      civic.petitionsAnswered,
      `Trong số kiến nghị ghi nhận tại các buổi tiếp xúc tổ chức ${period}, kiến nghị đã được cơ quan có thẩm quyền trả lời ${by}.`,
      allPetitions,
    ),
    'reception.sessions': count(
      'Buổi tiếp công dân',
      civic.sessions,
      `Buổi tiếp công dân (thường xuyên, định kỳ của lãnh đạo, đột xuất) tổ chức ${period}.`,
      listLink(listPaths.reception, { from, to: asOf }),
    ),
    'reception.visits': count(
      'Lượt công dân được tiếp',
      civic.visits,
      `Lượt công dân được tiếp tại các buổi tiếp ${period} (một đoàn đông người tính một lượt).`,
      listLink(listPaths.reception, { from, to: asOf }),
    ),
    'criticism.drafts': count(
      'Dự thảo văn bản được góp ý, phản biện',
      civic.drafts,
      `Dự thảo văn bản gửi lấy ý kiến ${period} đã có ý kiến góp ý, phản biện ${by}.`,
      listLink(listPaths.drafts),
    ),
    'criticism.comments': count(
      'Ý kiến góp ý, phản biện',
      civic.comments,
      `Ý kiến góp ý, phản biện ghi nhận ${by} cho các dự thảo gửi lấy ý kiến ${period}.`,
      listLink(listPaths.drafts),
    ),
    'suggestions.received': count(
      'Ý kiến qua hòm thư góp ý',
      civic.suggestions,
      `Ý kiến góp ý lấy ra từ hòm thư góp ý tại các lần mở hòm ${period}.`,
      listLink(listPaths.suggestions, { tab: 'suggestions' }),
    ),
    'plan.tasks': count(
      'Nhiệm vụ của chương trình phối hợp',
      plan?.tasks ?? 0,
      plan ? `Nhiệm vụ của ${planName} (không tính nhiệm vụ đã hủy).` : `Chưa có ${planName}.`,
      planLink({ tab: 'tasks' }),
    ),
    'plan.tasksDone': count(
      'Nhiệm vụ đã hoàn thành',
      plan?.done ?? 0,
      plan ? `Nhiệm vụ của ${planName} hoàn thành ${by}.` : `Chưa có ${planName}.`,
      planLink({ tab: 'tasks', status: 'DONE' }),
    ),
    'plan.tasksOverdue': count(
      'Nhiệm vụ quá hạn chưa hoàn thành',
      plan?.overdue ?? 0,
      plan
        ? `Nhiệm vụ của ${planName} chưa hoàn thành khi đã đến hạn, ${by}; kế hoạch đã kết thúc thì tính đến ngày kết thúc.`
        : `Chưa có ${planName}.`,
      planLink({ tab: 'tasks', timeliness: 'overdue' }),
    ),
    'plan.progress': progress(
      'Tiến độ chung của chương trình',
      plan?.progress ?? null,
      plan
        ? `Tiến độ của ${planName} ${by}: trung bình có trọng số của các lĩnh vực; mỗi nhiệm vụ tính theo kết quả đạt được so với chỉ tiêu, tỷ lệ đã báo cáo hoặc trạng thái.`
        : `Chưa có ${planName}.`,
      planLink({ tab: 'tree' }),
    ),
  };
  return reportFigureKeys.map((key) => ({ key, ...entries[key] }));
}
