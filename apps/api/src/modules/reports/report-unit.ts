// How a report names its unit ("Phường Hoành Sơn" → "phường Hoành Sơn", place "Hoành Sơn") and
// the settings a unit starts with before its admin saves its own: its People's Committee issues
// the report (BC-UBND), signed for the committee by its chairman.
import type { ReportSettings } from '@phoihop/shared/reports';
import { foldText } from '@phoihop/shared/text';

export type UnitKind = 'PROVINCE' | 'CITY' | 'WARD' | 'COMMUNE' | 'SPECIAL_ZONE';

const KIND_WORDS: Record<UnitKind, string> = {
  PROVINCE: 'tỉnh',
  CITY: 'thành phố',
  WARD: 'phường',
  COMMUNE: 'xã',
  SPECIAL_ZONE: 'đặc khu',
};

export interface UnitNaming {
  /** "phường": how the report says "the ward" ("các tổ chức chính trị - xã hội phường"). */
  kindWord: string;
  /** "Hoành Sơn": the name without its kind, the place of the date line. */
  place: string;
  /** "phường Hoành Sơn", as a sentence names it. */
  inSentence: string;
}

export function unitNaming(unit: { name: string; kind: UnitKind }): UnitNaming {
  const kindWord = KIND_WORDS[unit.kind];
  const words = unit.name.trim().split(/\s+/);
  const kindLength = kindWord.split(' ').length;
  const named = foldText(words.slice(0, kindLength).join(' ')) === foldText(kindWord);
  const place = named && words.length > kindLength ? words.slice(kindLength).join(' ') : unit.name.trim();
  return { kindWord, place, inSentence: `${kindWord} ${place}` };
}

/** Shown until the unit's admin names the signer: the document cannot go out without one. */
const UNNAMED_SIGNER = '(Họ và tên)';

export function defaultReportSettings(naming: UnitNaming, chairmanName: string | null): ReportSettings {
  const { kindWord, inSentence } = naming;
  return {
    issuerParent: [],
    issuerName: ['ỦY BAN NHÂN DÂN', inSentence.toUpperCase()],
    symbol: 'BC-UBND',
    place: naming.place,
    signature: {
      authority: [{ prefix: 'TM.', of: 'ỦY BAN NHÂN DÂN' }],
      title: 'CHỦ TỊCH',
      name: chairmanName ?? UNNAMED_SIGNER,
    },
    recipients: {
      to: [
        `Thường trực Đảng ủy ${kindWord}`,
        `Thường trực HĐND ${kindWord}`,
        `Chủ tịch, các Phó Chủ tịch UBND ${kindWord}`,
        `Ủy ban MTTQ và các tổ chức chính trị - xã hội ${kindWord}`,
      ],
      archive: [],
    },
  };
}
