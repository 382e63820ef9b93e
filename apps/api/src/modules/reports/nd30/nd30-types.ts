// What an administrative document in the format of Decree 30/2020 consists of. The writer takes
// care of the format (sizes, case, numbering, punctuation of the fixed parts); the caller gives
// the words. Lines are given as the author wants them broken in the narrow header columns.
import type { authorityPrefixes } from '@phoihop/shared/reports';

export interface Nd30Document {
  /** Box 2: the issuing body, under its governing body when it has one. */
  issuer: {
    /** Governing body, e.g. ["UBND TỈNH HÀ TĨNH"]; upper case, not bold. */
    parent?: readonly string[];
    /** Issuing body, e.g. ["ỦY BAN NHÂN DÂN", "PHƯỜNG HOÀNH SƠN"]; upper case, bold, ruled under. */
    name: readonly string[];
  };
  /** Box 3: the number the clerical office registers; absent on a draft, left blank for it. */
  number?: number;
  /** Box 3: the symbol after the slash, e.g. "BC-UBND". */
  symbol: string;
  /** Box 4: the place name, e.g. "Hoành Sơn". */
  place: string;
  /** Box 4: the date of issue; a missing day or month is left blank for the signer to fill. */
  date: Nd30Date;
  /** Box 5a: the kind of document, e.g. "BÁO CÁO". */
  kind: string;
  /** Box 5a: the summary title (trích yếu) as lines. */
  title: readonly string[];
  /** Box 6: the content. */
  body: readonly Nd30Block[];
  /** Box 7: the signature block. */
  signature: Nd30Signature;
  /** Box 9: who receives it. */
  recipients: Nd30Recipients;
}

export interface Nd30Date {
  year: number;
  month?: number;
  day?: number;
}

export type Nd30Block = Nd30Section | Nd30Paragraph | Nd30Table;

/**
 * A numbered heading and what comes under it. The writer numbers by depth: I., II. (mục);
 * 1., 2. (khoản); a), b) (điểm). Deeper nesting is an error.
 */
export interface Nd30Section {
  type: 'section';
  title: string;
  children: readonly Nd30Block[];
}

export interface Nd30Paragraph {
  type: 'paragraph';
  text: string | readonly Nd30Run[];
}

export interface Nd30Run {
  text: string;
  bold?: boolean;
  italics?: boolean;
}

export interface Nd30Table {
  type: 'table';
  columns: readonly Nd30Column[];
  rows: readonly (readonly string[])[];
}

export interface Nd30Column {
  header: string;
  /** Relative width; the columns share the width between the margins. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

/** Signing on another's behalf (quyền hạn của người ký): for the collective, deputy, by order, by authorisation, acting. */
export type Nd30AuthorityPrefix = (typeof authorityPrefixes)[number];

/** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH": on whose behalf the signer signs. */
export interface Nd30Authority {
  prefix: Nd30AuthorityPrefix;
  of: string;
}

export interface Nd30Signature {
  /** In order, e.g. [{TM., ỦY BAN NHÂN DÂN}, {KT., CHỦ TỊCH}]; empty when the head signs. */
  authority: readonly Nd30Authority[];
  /** The signer's own title, e.g. "PHÓ CHỦ TỊCH"; absent after "Q. CHỦ TỊCH". */
  title?: string;
  /** Full name, as written, e.g. "Nguyễn Văn An". */
  name: string;
}

export interface Nd30Recipients {
  /** One recipient a line, e.g. "Thường trực Đảng ủy phường"; the dash and semicolon are added. */
  to: readonly string[];
  /** Who else keeps a copy after the clerical office "VT", e.g. the drafting unit "VP". */
  archive?: readonly string[];
}
