import { describe, expect, it } from 'vitest';
import { citationIn } from './legal-citations.ts';
import { defaultLegalSettings } from './legal-rules.ts';

describe('legal citations in English', () => {
  it('names the laws and their articles in English, keeping the numbers', () => {
    expect(citationIn('en', 'Luật Khiếu nại 2011, Điều 28')).toBe(
      'Law on Complaints 2011, Article 28',
    );
    expect(citationIn('en', 'Luật Tố cáo 2018, Điều 30')).toBe(
      'Law on Denunciations 2018, Article 30',
    );
    expect(citationIn('en', 'Luật MTTQ 2015 (sửa đổi 2025), NQLT 403/2017')).toBe(
      'Law on the Vietnam Fatherland Front 2015 (amended 2025), Joint Resolution 403/2017',
    );
    expect(citationIn('en', 'Luật Thực hiện dân chủ ở cơ sở 2022; Nghị định 59/2023')).toBe(
      'Law on Grassroots Democracy 2022; Decree 59/2023',
    );
  });

  it('leaves no Vietnamese in the default settings’ citations', () => {
    const bases = JSON.stringify(defaultLegalSettings).match(/"basis":"[^"]*"/g) ?? [];
    expect(bases.length).toBeGreaterThan(10);
    for (const basis of bases) {
      expect(citationIn('en', basis)).not.toMatch(
        /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i,
      );
    }
  });

  it('keeps Vietnamese for a Vietnamese reader', () => {
    expect(citationIn('vi', 'Luật Khiếu nại 2011, Điều 28')).toBe('Luật Khiếu nại 2011, Điều 28');
  });
});
