import { completeCreditCode, completeIdNumber } from '../server/src/core/identifiers';

/** Deterministic pseudo-random numbers, so every fresh database gets the same demo data. */
export function prng(seed = 20250101): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)];
}

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '罗',
  '郑',
  '梁',
  '谢',
  '宋',
  '唐',
  '韩',
  '冯',
  '董',
  '曹',
  '魏',
  '杜',
  '牛',
  '苏',
  '白',
  '贾',
  '窦',
  '俞',
  '景',
  '柳',
  '常',
];
const GIVEN_MALE = [
  '建国',
  '志强',
  '海军',
  '文杰',
  '永红',
  '国庆',
  '振华',
  '明亮',
  '德胜',
  '学军',
  '宏伟',
  '天明',
  '金山',
  '玉林',
  '春生',
  '长江',
  '保平',
  '继承',
  '世杰',
  '小军',
];
const GIVEN_FEMALE = [
  '秀英',
  '桂兰',
  '玉梅',
  '丽娟',
  '春花',
  '海燕',
  '红霞',
  '淑珍',
  '彩霞',
  '雪梅',
  '小燕',
  '晓琴',
  '金花',
  '美玲',
  '翠萍',
  '玉兰',
  '桂芳',
  '艳红',
  '凤英',
  '兰英',
];

export function chineseName(rand: () => number, male: boolean): string {
  return pick(rand, SURNAMES) + pick(rand, male ? GIVEN_MALE : GIVEN_FEMALE);
}

/** A valid 18-character ID number for someone born in a county on a date; the sequence's parity sets the gender. */
export function idNumber(countyCode: string, birthDate: string, sequence: number, male: boolean): string {
  let seq = sequence % 1000;
  if ((seq % 2 === 1) !== male) seq = (seq + 1) % 1000;
  return completeIdNumber(countyCode.slice(0, 6) + birthDate.replace(/-/g, '') + String(seq).padStart(3, '0'));
}

export function birthDate(rand: () => number, minAge: number, maxAge: number, today = '2026-06-30'): string {
  const year = Number(today.slice(0, 4)) - minAge - Math.floor(rand() * (maxAge - minAge));
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function mobile(rand: () => number): string {
  return `1${pick(rand, ['38', '39', '58', '59', '87', '36', '77'])}${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`;
}

/** A valid unified social credit code for an organization registered in a county. */
export function creditCode(countyCode: string, serial: number, kind = '91'): string {
  const body = String(serial)
    .padStart(9, '0')
    .replace(/[IOSVZ]/g, '0');
  return completeCreditCode(`${kind}${countyCode.slice(0, 6)}${body}`);
}
