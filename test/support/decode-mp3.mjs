// Decodes an MP3 with mpg123-decoder (mpg123 compiled to WebAssembly; an ES module, so the tests
// run it in its own Node process). Reads the MP3 on stdin; writes the sample rate as a 4-byte
// little-endian header, then the first channel as 32-bit floats.
import { MPEGDecoder } from 'mpg123-decoder';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const decoder = new MPEGDecoder();
await decoder.ready;
const decoded = decoder.decode(new Uint8Array(Buffer.concat(chunks)));
decoder.free();
if (decoded.errors.length > 0) {
  process.stderr.write(`${decoded.errors.length} decode errors: ${decoded.errors[0].message}\n`);
  process.exit(1);
}
const header = Buffer.alloc(4);
header.writeUInt32LE(decoded.sampleRate, 0);
const samples = decoded.channelData[0].subarray(0, decoded.samplesDecoded);
process.stdout.write(Buffer.concat([header, Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength)]));
