import { CONTROL_MAX_ANSWER, controlCall } from '../../src/cli/simulate-client';
import { startServer } from '../../../../__tests__/helpers/http';

// The control subcommands read a control answer bounded: a server that
// answers more than CONTROL_MAX_ANSWER bytes is refused by name, and a normal answer arrives whole.
test('a control answer over CONTROL_MAX_ANSWER is refused; one under it arrives whole', async () => {
  const big = Buffer.alloc(CONTROL_MAX_ANSWER + 1, 0x20);
  const whole = JSON.stringify({ pad: 'x'.repeat(300_000) });
  const server = await startServer((req) =>
    req.url === '/big' ? { headers: { 'Content-Type': 'application/json' }, body: big } : { headers: { 'Content-Type': 'application/json' }, body: whole },
  );
  try {
    const target = { control: server.url, token: 't' };
    await expect(controlCall(target, 'GET', 'big')).rejects.toThrow(`did not answer: the answer is over ${CONTROL_MAX_ANSWER} bytes`);
    await expect(controlCall(target, 'GET', 'small')).resolves.toEqual(JSON.parse(whole));
  } finally {
    await server.close();
  }
});
