/**
 * A download's progress as one line of text, for a terminal.
 *
 * @example progressLine({ received: 5e6, total: 1e7, file: 'onnx/encoder_model.onnx' })
 * // '[##############..............]  50%   5.0/10.0 MB  onnx/encoder_model.onnx'
 */
import type { DownloadProgress } from '../schemas.ts';

const WIDTH = 28;

export function progressLine({ received, total, file }: DownloadProgress): string {
  const share = total > 0 ? Math.min(1, received / total) : 0;
  const filled = Math.round(share * WIDTH);
  const mb = (n: number): string => (n / 1e6).toFixed(1);
  return `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${mb(received).padStart(5)}/${mb(total)} MB${file ? `  ${file}` : ''}`;
}
