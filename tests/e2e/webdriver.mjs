// A minimal W3C WebDriver client over fetch (Node 20), enough to drive the real Hearth window
// through tauri-driver + WebKitWebDriver. Only loopback is ever contacted.

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

export class WebDriver {
  constructor(base = "http://127.0.0.1:4444") {
    this.base = base;
    this.session = null;
  }

  async request(method, path, body) {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json();
    if (!response.ok || json.value?.error) {
      throw new Error(`${method} ${path}: ${JSON.stringify(json.value ?? json)}`);
    }
    return json.value;
  }

  async start(application) {
    const value = await this.request("POST", "/session", {
      capabilities: { alwaysMatch: { browserName: "wry", "tauri:options": { application } } },
    });
    this.session = value.sessionId;
  }

  async quit() {
    if (this.session) await this.request("DELETE", `/session/${this.session}`);
    this.session = null;
  }

  s(path) {
    return `/session/${this.session}${path}`;
  }

  async find(css) {
    const value = await this.request("POST", this.s("/element"), { using: "css selector", value: css });
    return value[ELEMENT];
  }

  async findAll(css) {
    const value = await this.request("POST", this.s("/elements"), { using: "css selector", value: css });
    return value.map((v) => v[ELEMENT]);
  }

  async type(element, text) {
    await this.request("POST", this.s(`/element/${element}/value`), { text });
  }

  async text(element) {
    return this.request("GET", this.s(`/element/${element}/text`));
  }

  async click(element) {
    await this.request("POST", this.s(`/element/${element}/click`), {});
  }

  async script(source, args = []) {
    return this.request("POST", this.s("/execute/sync"), { script: source, args });
  }

  async screenshot() {
    return Buffer.from(await this.request("GET", this.s("/screenshot")), "base64");
  }
}

export const ENTER = "\uE007";

export async function waitFor(what, probe, timeoutMs, intervalMs = 100) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    last = await probe();
    if (last) return last;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}
