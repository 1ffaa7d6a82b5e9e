/** Complaint document ids chosen on the device, shaped like Firestore's own: 20 characters. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function newComplaintId(
  fill: (bytes: Uint8Array<ArrayBuffer>) => void = (b) => crypto.getRandomValues(b)
) {
  // 62 × 4 = 248: reject bytes ≥ 248 so every character is equally likely.
  let id = '';
  const bytes = new Uint8Array(40);
  while (id.length < 20) {
    fill(bytes);
    for (const byte of bytes) {
      if (byte < 248 && id.length < 20) id += ALPHABET[byte % 62];
    }
  }
  return id;
}
