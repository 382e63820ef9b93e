// English for the exported lists: the words the exporters write (titles, headers, enumerated
// values, filters in words), keyed by their Vietnamese so that the exporters keep one text and
// an English reader's file is translated as it is laid out. What people typed (names, contents)
// is never translated; a Vietnamese word missing here stays Vietnamese (a test lists them).
export type ExportLanguage = 'vi' | 'en';

const english: Record<string, string> = {
  // Titles and sheet names
  'Danh sách đơn thư': 'Letters and cases',
  'Đơn thư': 'Letters',
  'Danh sách nhiệm vụ': 'Tasks',
  'Nhiệm vụ': 'Task',
  'Danh sách vụ việc hòa giải ở cơ sở': 'Grassroots mediation cases',
  'Vụ việc hòa giải': 'Mediation cases',
  'Sổ tiếp công dân': 'Citizen reception book',
  'Danh sách kiến nghị sau giám sát': 'Recommendations after supervision',
  'Kiến nghị sau giám sát': 'Recommendations',
  'Danh sách kiến nghị của cử tri': "Voters' petitions",
  'Kiến nghị cử tri': "Voters' petitions",
  // Headers
  'Buổi tiếp xúc cử tri': 'Voter meeting',
  'Báo cáo gần nhất': 'Last report',
  'Chuyển đến': 'Referred to',
  'Chỉ tiêu': 'Target',
  'Cuộc giám sát': 'Supervision',
  'Các bên': 'Parties',
  'Cơ quan giải quyết': 'Handling body',
  'Cơ quan nhận kiến nghị': 'Addressee',
  'Cử tri': 'Voter',
  'Hòa giải viên': 'Mediators',
  'Hướng xử lý': 'Handling',
  'Hạn hoàn thành': 'Due date',
  'Hạn kỳ tới': 'Next period due',
  'Hạn trả lời': 'Answer due',
  'Hạn xử lý': 'Due date',
  'Họ và tên công dân': "Citizen's full name",
  'Kiến nghị số': 'Recommendation no.',
  'Kết quả dự kiến': 'Expected output',
  'Kết quả': 'Result',
  'Loại đơn': 'Kind',
  'Lý do không tiếp thu': 'Reason not accepted',
  'Lĩnh vực': 'Field',
  Mã: 'Code',
  'Nguồn đơn': 'Source',
  'Ngày bắt đầu': 'Start date',
  'Ngày chuyển': 'Sent on',
  'Ngày có kết quả': 'Result on',
  'Ngày gửi': 'Sent on',
  'Ngày hoàn thành': 'Completed on',
  'Ngày hòa giải': 'Mediated on',
  'Ngày nhận': 'Received on',
  'Ngày thực hiện xong': 'Implemented on',
  'Ngày tiếp xúc': 'Meeting date',
  'Ngày tiếp': 'Received on',
  'Ngày trả lời': 'Answered on',
  'Người gửi': 'Sender',
  'Người tiếp': 'Received by',
  'Người xử lý': 'Handler',
  'Người đại diện / Số người': 'Representative / people',
  Năm: 'Year',
  'Nội dung kiến nghị': 'Recommendation',
  'Nội dung thỏa thuận': 'Agreement',
  'Nội dung': 'Content',
  'Phân loại': 'Kind',
  STT: 'No.',
  'Số CMND/CCCD': 'ID card no.',
  'Số người': 'People',
  'Số đơn': 'Letter no.',
  'Theo dõi thực hiện': 'Follow-up',
  'Thông tin lại cho cử tri': 'Reported back to voters',
  'Thời hạn': 'Timeliness',
  'Tiến độ (%)': 'Progress (%)',
  'Trạng thái': 'Status',
  'Bước xử lý': 'Processing step',
  'Tiến độ giải quyết': 'Progress',
  'Trả lời': 'Answer',
  'Tài liệu kèm theo': 'Enclosed documents',
  'Tổ chức chuyển đơn': 'Forwarded by',
  'Tổ chức chủ trì': 'Lead organisation',
  'Tổ chức phối hợp': 'Partner organisations',
  'Tổ chức xử lý': 'Handling organisation',
  'Tổ hòa giải': 'Mediation team',
  'Vụ việc': 'Case',
  'Đã đạt': 'Achieved',
  'Đúng hạn': 'On time',
  'Đơn thư liên quan': 'Related letter',
  'Địa chỉ': 'Address',
  'Định kỳ': 'Recurrence',
  'Đối tượng bị khiếu nại, tố cáo': 'Subject of the complaint or denunciation',
  // Case codes (cases/case-labels.ts)
  'Mới tiếp nhận': 'Received',
  'Đã thụ lý': 'Accepted',
  'Đang xác minh': 'Verifying',
  'Đang đối thoại': 'In dialogue',
  'Đã có quyết định/kết luận': 'Decided / concluded',
  'Đã kết thúc': 'Closed',
  'Không thụ lý': 'Not accepted',
  'Đã chuyển đơn': 'Forwarded',
  'Đã hướng dẫn': 'Guided',
  'Lưu đơn': 'Filed without handling',
  'Lưu đơn (không xử lý)': 'Filed without handling',
  'Đơn trùng': 'Duplicate',
  'Đã rút đơn': 'Withdrawn',
  'Khiếu nại': 'Complaint',
  'Tố cáo': 'Denunciation',
  'Kiến nghị': 'Petition',
  'Phản ánh': 'Feedback',
  'Trực tiếp': 'In person',
  'Tiếp công dân': 'Citizen reception',
  'Bưu chính': 'Post',
  'Hòm thư góp ý': 'Suggestion box',
  'MTTQ chuyển đến': 'Forwarded by the Fatherland Front',
  'Tổ chức đoàn thể chuyển đến': 'Forwarded by a mass organisation',
  'Cấp trên chuyển đến': 'Forwarded by a higher authority',
  'Trực tuyến': 'Online',
  'Đất đai': 'Land',
  'Môi trường': 'Environment',
  'Chính sách xã hội': 'Social policy',
  'Hành chính': 'Administration',
  Khác: 'Other',
  'Chưa phân loại': 'Not classified',
  'Quá hạn': 'Overdue',
  'Sắp đến hạn': 'Due soon',
  'Đang giải quyết': 'Being handled',
  'Đã xử lý xong': 'Handled',
  'Đã xử lý': 'Handled',
  'Đã tiếp nhận (không tính đơn trùng)': 'Received (duplicates left out)',
  'Tạm dừng': 'Paused',
  'Đơn tôi xử lý': 'Letters I handle',
  'Đơn tổ chức tôi chuyển đến': 'Letters my organisation forwarded',
  'Đơn tổ chức tôi giải quyết': 'Letters my organisation handles',
  'Tìm theo từ khóa (không ghi lại: có thể là danh tính người tố cáo)':
    "Keyword search (not recorded: it may be a denouncer's identity)",
  'Tổ chức chuyển đến / giải quyết': 'Organisation forwarding / handling',
  // Tasks
  'Chưa thực hiện': 'Not started',
  'Đang thực hiện': 'In progress',
  'Hoàn thành': 'Done',
  'Đã hủy': 'Cancelled',
  'Hằng tháng': 'Monthly',
  'Hằng quý': 'Quarterly',
  '6 tháng': 'Half-yearly',
  'Kế hoạch': 'Plan',
  'Tổ chức (chủ trì hoặc phối hợp)': 'Organisation (lead or partner)',
  // Mediation
  'Đang hòa giải': 'Being mediated',
  'Hòa giải thành': 'Successful',
  'Hòa giải không thành': 'Unsuccessful',
  // Reception
  'Giải thích, trả lời trực tiếp': 'Explained, answered in person',
  'Hướng dẫn': 'Guided',
  'Chuyển đơn': 'Forwarded',
  'Tiếp nhận đơn': 'Letter registered',
  'Gộp vào đơn đã có': 'Joined to an existing letter',
  'Bảo mật (tố cáo)': 'Protected (denunciation)',
  // Follow-ups (recommendations, voter petitions)
  'Chưa trả lời': 'Not answered',
  'Đã trả lời': 'Answered',
  'Đã thực hiện': 'Implemented',
  'Không tiếp thu': 'Not accepted',
  'Quá hạn trả lời': 'Answer overdue',
  'Trả lời trễ hạn': 'Answered late',
  'Trả lời đúng hạn': 'Answered on time',
  'Giao thông, hạ tầng': 'Transport, infrastructure',
  'Thủ tục hành chính': 'Administrative procedures',
  'An ninh, trật tự': 'Security, public order',
  'Lĩnh vực khác': 'Other',
  'Đã ghi nhận': 'Recorded',
  'Đã chuyển, chờ trả lời': 'Sent, awaiting answer',
  'Đã thông tin lại cho cử tri': 'Reported back to voters',
  'Buổi tiếp xúc': 'Voter meeting',
  'Gửi đến tổ chức của tôi': 'Sent to my organisation',
  'Chỉ những kiến nghị chưa xong': 'Only those not finished',
  'Chỉ những kiến nghị đã xong': 'Only those finished',
  'Chỉ những kiến nghị đã trả lời': 'Only those answered',
  'Chỉ kiến nghị quá hạn': 'Only overdue ones',
  'Không kể kiến nghị quá hạn': 'Not the overdue ones',
  // The layout's own words
  'Toàn bộ danh sách': 'The whole list',
  '(không tìm thấy)': '(not found)',
};

/** Phrases inside the filters in words (periods, search). */
const phrases: [RegExp, string][] = [
  [/^Nhận /, 'Received '],
  [/^Hạn /, 'Due '],
  [/^Tìm: /, 'Search: '],
  [/^Từ ngày /, 'From '],
  [/từ ngày /g, 'from '],
  [/đến ngày /gi, 'to '],
  [/ ngày (\d{2}\/\d{2}\/\d{4}) tại /g, ' on $1 at '],
];

export const hasEnglish = (vi: string) => vi in english;

/** A word the exporters write, in the reader's language. */
export function wordIn(language: ExportLanguage, vi: string): string {
  return language === 'en' ? (english[vi] ?? vi) : vi;
}

/** A filter in words, "Trạng thái: Đã thụ lý", translated part by part. */
export function filterIn(language: ExportLanguage, vi: string): string {
  if (language === 'vi') return vi;
  if (hasEnglish(vi)) return wordIn(language, vi);
  const colon = vi.indexOf(': ');
  if (colon > 0) {
    const label = vi.slice(0, colon);
    const value = vi.slice(colon + 2);
    return `${wordIn(language, label)}: ${hasEnglish(value) ? wordIn(language, value) : phrased(value)}`;
  }
  const open = vi.indexOf(' (');
  if (open > 0 && hasEnglish(vi.slice(0, open)))
    return `${wordIn(language, vi.slice(0, open))}${vi.slice(open)}`;
  return phrased(vi);
}

function phrased(text: string): string {
  return phrases.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}
