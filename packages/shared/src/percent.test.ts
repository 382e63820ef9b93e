import { describe, expect, it } from 'vitest';
import { oneDecimal, percentOf, rateBaseText, rateOf, rateText } from './percent.ts';

describe('percentages', () => {
  it('gives part of whole in per cent with one decimal, and null when there is nothing to divide by', () => {
    expect([percentOf(41, 43), percentOf(43, 43), percentOf(1, 3), percentOf(0, 5)]).toEqual([
      95.3, 100, 33.3, 0,
    ]);
    expect(percentOf(1, 0)).toBeNull();
  });

  it('rounds a percentage to one decimal', () => {
    expect([oneDecimal(66.666), oneDecimal(12.04), oneDecimal(null)]).toEqual([66.7, 12, null]);
  });
});

describe('rates with their base', () => {
  it('writes the rate with its part, its whole and what the whole counts', () => {
    expect(rateText(rateOf(5, 5, 'letters-handled'))).toBe('100% (5/5 đơn đã xử lý)');
    expect(rateText(rateOf(41, 43, 'letters-handled'))).toBe('95,3% (41/43 đơn đã xử lý)');
    // Voter petitions and supervision recommendations are two things: their bases say which.
    expect(rateText(rateOf(3, 7, 'petitions-sent'))).toBe('42,9% (3/7 kiến nghị cử tri đã gửi)');
    expect(rateText(rateOf(22, 22, 'mediation-concluded'))).toBe(
      '100% (22/22 vụ đã kết thúc hòa giải)',
    );
    expect(rateText(rateOf(12, 15, 'recommendations-sent'), 'en')).toBe(
      '80% (12/15 recommendations sent)',
    );
  });

  it('says there is nothing to divide by instead of a made-up percentage', () => {
    const none = rateOf(0, 0, 'mediation-concluded');
    expect(none.value).toBeNull();
    expect(rateText(none)).toBe('chưa có vụ đã kết thúc hòa giải (0/0)');
    expect(rateBaseText(none)).toBe('0/0 vụ đã kết thúc hòa giải');
  });
});
