/**
 * The AWS account an access key id belongs to, read from the id itself: keys issued since 2019
 * (`AKIA`/`ASIA` followed by anything but `I` or `J`) carry the account number in bits 1–40 of their
 * base32 body. Older keys do not, and give `undefined`. Nothing is sent anywhere.
 */
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function accountOfAccessKey(accessKeyId: string): string | undefined {
  if (!/^(AKIA|ASIA)[A-HK-Z2-7][A-Z2-7]{15}$/.test(accessKeyId)) return undefined;
  const bits = [...accessKeyId.slice(4)].map((c) => BASE32.indexOf(c).toString(2).padStart(5, '0')).join('');
  const account = (BigInt(`0b${bits.slice(0, 48)}`) & 0x7fffffffff80n) >> 7n;
  return account.toString().padStart(12, '0');
}
