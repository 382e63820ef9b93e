/**
 * A legal citation in the reader's language. Citations are stored and printed in Vietnamese
 * (the legal settings' "basis", the state documents); an English screen shows them with the
 * laws' English names and "Article", "Decree"… so that the numbers can still be looked up.
 * Words it does not know stay as written.
 */
export type CitationLanguage = 'vi' | 'en';

const replacements: [RegExp, string][] = [
  // Whole notes that sit beside some defaults.
  [
    /Thủ tục xử lý đơn \(Cổng DVC quốc gia\)/g,
    'Letter-handling procedure (National Public Service Portal)',
  ],
  [
    /Quy chế phối hợp của đơn vị \(luật không quy định thời hạn chung\)/g,
    "The unit's coordination regulation (no general time limit in law)",
  ],
  [
    /\(thời hạn trả lời ở cấp xã chưa được quy định\)/g,
    '(no answer deadline set yet at commune level)',
  ],
  // Laws, by their names.
  [/Luật Khiếu nại/g, 'Law on Complaints'],
  [/Luật Tố cáo/g, 'Law on Denunciations'],
  [/Luật Tiếp công dân/g, 'Law on Citizen Reception'],
  [/Luật Thực hiện dân chủ ở cơ sở/g, 'Law on Grassroots Democracy'],
  [/Luật Hòa giải ở cơ sở/g, 'Law on Grassroots Mediation'],
  [/Luật (?:MTTQ|Mặt trận Tổ quốc Việt Nam)/g, 'Law on the Vietnam Fatherland Front'],
  [/Luật /g, 'Law '],
  // Kinds of instrument and their parts.
  [/Nghị quyết liên tịch|NQLT/g, 'Joint Resolution'],
  [/Nghị định/g, 'Decree'],
  [/Nghị quyết/g, 'Resolution'],
  [/Thông tư/g, 'Circular'],
  [/Quyết định/g, 'Decision'],
  [/Điều (\d+)/g, 'Article $1'],
  [/Khoản (\d+)/g, 'Clause $1'],
  [/Điểm ([a-zđ])\b/g, 'Point $1'],
  [/\(?sửa đổi (\d{4})\)?/g, '(amended $1)'],
  [/ và /g, ' and '],
];

export function citationIn(language: CitationLanguage, citation: string): string {
  if (language === 'vi') return citation;
  return replacements.reduce(
    (text, [pattern, english]) => text.replace(pattern, english),
    citation,
  );
}
