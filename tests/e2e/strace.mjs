// Reads an `strace -f -e trace=connect` log and returns every connection attempt to an
// address outside this machine (anything but 127.0.0.0/8 and ::1). Unix sockets (X11, D-Bus)
// and netlink stay on the machine and are not counted.
import { readFileSync } from "node:fs";

export function remoteConnections(logPath) {
  const remote = [];
  let inet = 0;
  for (const line of readFileSync(logPath, "utf8").split("\n")) {
    if (!line.includes("connect(")) continue;
    const v4 = line.match(/sa_family=AF_INET,.*inet_addr\("([^"]+)"\)/);
    const v6 = line.match(/sa_family=AF_INET6,.*inet_pton\(AF_INET6, "([^"]+)"/);
    const address = v4?.[1] ?? v6?.[1];
    if (address === undefined) {
      if (/sa_family=AF_INET6?[,}]/.test(line)) remote.push(line.trim());
      continue;
    }
    inet += 1;
    const loopback = address.startsWith("127.") || address === "::1" || address.startsWith("::ffff:127.");
    if (!loopback) remote.push(line.trim());
  }
  return { remote, inet };
}
