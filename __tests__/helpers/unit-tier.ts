import net from 'node:net';
import { sep } from 'node:path';

// Jest's setupFilesAfterEnv for every suite (jest.config.js). In a suite under __tests__/unit it
// makes every socket this process would open throw, so the tier stays what its path says: a unit
// test that starts a server or calls one fails at once, naming where it belongs.

/** The message a unit test gets when it opens a socket. */
export const UNIT_SOCKET_MESSAGE = 'unit tests open no sockets: move this test to __tests__/integration (real servers on 127.0.0.1) or __tests__/hostile';

/** True for a test file under __tests__/unit. */
export const isUnitTest = (testPath: string | undefined): boolean => (testPath ?? '').includes(`${sep}__tests__${sep}unit${sep}`);

const refused = (what: string) =>
  function (): never {
    throw new Error(`${UNIT_SOCKET_MESSAGE} (it called ${what})`);
  };

if (isUnitTest(expect.getState().testPath)) {
  // net.Server is the base of http, https and tls servers; net.Socket#connect is where net.connect,
  // tls.connect, http(s).request (through their agents), undici and axios all open a connection.
  // Core modules are shared by the suites a worker runs in turn: put them back after this one.
  const server = net.Server.prototype;
  const socket = net.Socket.prototype;
  const { listen } = server;
  const { connect } = socket;
  server.listen = refused('net.Server#listen: a server is started') as never;
  socket.connect = refused('net.Socket#connect: a connection is opened') as never;
  afterAll(() => {
    server.listen = listen;
    socket.connect = connect;
  });
}
