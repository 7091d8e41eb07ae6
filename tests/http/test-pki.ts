import { execFileSync } from "node:child_process";
import { generateKeyPairSync, type KeyObject, sign } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A certificate and its private key. */
export interface Issued {
  readonly pem: string;
  readonly key: KeyObject;
  readonly keyPem: string;
}

export interface IssueOptions {
  readonly subject: string;
  /** DNS names for the Subject Alternative Names; none by default. */
  readonly san?: readonly string[];
  /** Makes it a CA (basicConstraints CA:TRUE), one that may sign certificates. */
  readonly ca?: boolean;
  /** Who signs it; itself (a root) when absent. */
  readonly issuer?: Issued;
  readonly days?: number;
}

/**
 * Test certificates, made on the spot: keys by Node (the signing-key technique of the HTTPS
 * tests), certificates by the openssl command line (`openssl` must be on the PATH), nothing
 * from the network. Expiry is tested
 * with the verifier's clock, so every certificate here is in force from now for `days`.
 */
export class TestPki {
  private readonly dir = mkdtempSync(join(tmpdir(), "back-coach-pki-"));
  private serial = 1;
  private rsa: KeyObject | undefined;

  issue({ subject, san = [], ca = false, issuer, days = 2 }: IssueOptions): Issued {
    // A CA gets its own P-256 key (instant to make, so every CA is distinct); signing
    // certificates share one RSA key, as Alexa signs with RSA and a 2048-bit key takes up to
    // a second to make on a busy machine.
    const privateKey = ca
      ? generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey
      : this.sharedRsaKey();
    const keyPem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    const n = this.serial++;
    const file = (name: string) => join(this.dir, `${n}.${name}`);
    writeFileSync(file("key"), keyPem);
    const extensions = [
      ca ? "basicConstraints=critical,CA:TRUE" : "basicConstraints=CA:FALSE",
      ca ? "keyUsage=critical,keyCertSign,cRLSign" : "keyUsage=critical,digitalSignature",
      ...(san.length ? [`subjectAltName=${san.map((name) => `DNS:${name}`).join(",")}`] : []),
    ];
    writeFileSync(file("ext"), `${extensions.join("\n")}\n`);
    const subj = ["-subj", `/CN=${subject}`];
    if (issuer) {
      writeFileSync(file("issuer.pem"), issuer.pem);
      writeFileSync(file("issuer.key"), issuer.keyPem);
      openssl("req", "-new", "-key", file("key"), ...subj, "-out", file("csr"));
      openssl(
        "x509",
        "-req",
        "-in",
        file("csr"),
        "-CA",
        file("issuer.pem"),
        "-CAkey",
        file("issuer.key"),
        "-set_serial",
        String(n),
        "-days",
        String(days),
        "-extfile",
        file("ext"),
        "-out",
        file("pem"),
      );
    } else {
      const addext = extensions.flatMap((extension) => ["-addext", extension]);
      openssl(
        "req",
        "-x509",
        "-new",
        "-key",
        file("key"),
        ...subj,
        ...addext,
        "-days",
        String(days),
        "-out",
        file("pem"),
      );
    }
    return { pem: readFileSync(file("pem"), "utf8"), key: privateKey, keyPem };
  }

  private sharedRsaKey(): KeyObject {
    this.rsa ??= generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
    return this.rsa;
  }

  close(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function openssl(...args: string[]): void {
  execFileSync("openssl", args, { stdio: ["ignore", "ignore", "pipe"] });
}

/** A signature as Alexa makes one: RSA with SHA-256 over the body's bytes, base64. */
export function signBody(body: string, key: KeyObject): string {
  return sign("sha256", Buffer.from(body), key).toString("base64");
}

/** Alexa's chain, in miniature: a root, an intermediate CA, the echo-api signing certificate. */
export function alexaLikeChain(pki: TestPki) {
  const root = pki.issue({ subject: "Test Root CA", ca: true });
  const intermediate = pki.issue({ subject: "Test Intermediate CA", ca: true, issuer: root });
  const signing = pki.issue({
    subject: "echo-api.amazon.com",
    san: ["echo-api.amazon.com"],
    issuer: intermediate,
  });
  return { root, intermediate, signing, chainPem: signing.pem + intermediate.pem };
}
