// Where an S3 client's settings come from, read the way the AWS CLI reads them, so a registry works wherever
// `aws s3 ls` works: the environment first (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_REGION,
// AWS_DEFAULT_REGION, AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL), then the profile named by AWS_PROFILE (or "default")
// in the shared credentials file (AWS_SHARED_CREDENTIALS_FILE, ~/.aws/credentials) and the config file
// (AWS_CONFIG_FILE, ~/.aws/config, where a profile's section is "[profile NAME]" except "[default]").
// Only static keys are supported; SSO, assumed roles and credential_process are refused with a clear error.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { CheckpointError } from '../errors/index.js';
import type { Credentials } from './sigv4.js';

export interface AwsSettings {
  readonly credentials: Credentials;
  readonly region: string;
  /** A custom endpoint (MinIO, Ceph, LocalStack); undefined means AWS itself. */
  readonly endpoint?: string;
  /** Where each setting came from, for messages (no secrets). */
  readonly sources: Readonly<Record<'credentials' | 'region' | 'endpoint', string>>;
}

export interface AwsSettingsInput {
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly home?: string;
  /** A file reader, for tests; undefined when the file does not exist. */
  readonly readFile?: (path: string) => string | undefined;
}

type Ini = Map<string, Map<string, string>>;

/** The AWS CLI's INI dialect: [section], key = value, # and ; comments; indented lines belong to a nested key. */
export function parseIni(text: string): Ini {
  const sections: Ini = new Map();
  let current: Map<string, string> | undefined;
  for (const raw of text.split(/\r?\n/)) {
    if (/^\s*([#;].*)?$/.test(raw)) continue;
    if (/^\s/.test(raw)) continue; // a nested setting (e.g. "s3 =" then "  addressing_style = path"): not used here
    const section = /^\[\s*([^\]]+?)\s*\]\s*$/.exec(raw);
    if (section) {
      current = sections.get(section[1]!) ?? new Map();
      sections.set(section[1]!, current);
      continue;
    }
    const pair = /^([^=]+?)\s*=\s*(.*?)\s*$/.exec(raw);
    if (pair && current) current.set(pair[1]!.trim().toLowerCase(), pair[2]!);
  }
  return sections;
}

function defaultReadFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CheckpointError({ code: 'E_IO', message: `Cannot read the AWS settings file ${path}: ${(e as Error).message}` });
  }
}

const nonEmpty = (v: string | undefined): string | undefined => (v === undefined || v === '' ? undefined : v);

export function resolveAwsSettings(input: AwsSettingsInput = {}): AwsSettings {
  const env = input.env ?? process.env;
  const home = input.home ?? homedir();
  const read = input.readFile ?? defaultReadFile;
  const profile = nonEmpty(env.AWS_PROFILE) ?? 'default';
  const credentialsFile = nonEmpty(env.AWS_SHARED_CREDENTIALS_FILE) ?? join(home, '.aws', 'credentials');
  const configFile = nonEmpty(env.AWS_CONFIG_FILE) ?? join(home, '.aws', 'config');
  const credIni = parseIni(read(credentialsFile) ?? '');
  const confIni = parseIni(read(configFile) ?? '');
  const fromCreds = credIni.get(profile);
  const fromConf = confIni.get(profile === 'default' ? 'default' : `profile ${profile}`);
  if (nonEmpty(env.AWS_PROFILE) !== undefined && fromCreds === undefined && fromConf === undefined) {
    throw new CheckpointError({
      code: 'E_ARGUMENT',
      message: `The AWS profile "${profile}" (AWS_PROFILE) is in neither ${credentialsFile} nor ${configFile}.`,
      hint: 'Name a profile that exists, or unset AWS_PROFILE.',
    });
  }

  let credentials: Credentials | undefined;
  let credentialsSource = '';
  const envKey = nonEmpty(env.AWS_ACCESS_KEY_ID);
  const envSecret = nonEmpty(env.AWS_SECRET_ACCESS_KEY);
  if (envKey !== undefined && envSecret !== undefined) {
    const token = nonEmpty(env.AWS_SESSION_TOKEN);
    credentials = { accessKeyId: envKey, secretAccessKey: envSecret, ...(token !== undefined && { sessionToken: token }) };
    credentialsSource = 'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY';
  } else {
    for (const [section, file] of [
      [fromCreds, credentialsFile],
      [fromConf, configFile],
    ] as const) {
      const key = nonEmpty(section?.get('aws_access_key_id'));
      const secret = nonEmpty(section?.get('aws_secret_access_key'));
      if (key !== undefined && secret !== undefined) {
        const token = nonEmpty(section?.get('aws_session_token'));
        credentials = { accessKeyId: key, secretAccessKey: secret, ...(token !== undefined && { sessionToken: token }) };
        credentialsSource = `profile "${profile}" in ${file}`;
        break;
      }
    }
  }
  if (credentials === undefined) {
    const unsupported = ['sso_session', 'sso_start_url', 'role_arn', 'credential_process', 'web_identity_token_file'].find(
      (k) => fromConf?.has(k) || fromCreds?.has(k),
    );
    throw new CheckpointError({
      code: 'E_ARGUMENT',
      message:
        unsupported !== undefined
          ? `The AWS profile "${profile}" gets its credentials through ${unsupported}, which this client does not support.`
          : `No AWS credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not both set, and profile "${profile}" has no keys in ${credentialsFile} or ${configFile}.`,
      hint:
        unsupported !== undefined
          ? 'Export temporary keys first, e.g. eval "$(aws configure export-credentials --format env)".'
          : 'Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or run `aws configure`.',
    });
  }

  const endpointEnv = nonEmpty(env.AWS_ENDPOINT_URL_S3) !== undefined ? 'AWS_ENDPOINT_URL_S3' : nonEmpty(env.AWS_ENDPOINT_URL) !== undefined ? 'AWS_ENDPOINT_URL' : undefined;
  const endpoint = endpointEnv !== undefined ? env[endpointEnv] : nonEmpty(fromConf?.get('endpoint_url'));
  const endpointSource = endpointEnv ?? (endpoint !== undefined ? `profile "${profile}" in ${configFile}` : 'AWS (default)');

  const regionEnv = nonEmpty(env.AWS_REGION) !== undefined ? 'AWS_REGION' : nonEmpty(env.AWS_DEFAULT_REGION) !== undefined ? 'AWS_DEFAULT_REGION' : undefined;
  let region = regionEnv !== undefined ? env[regionEnv]! : nonEmpty(fromConf?.get('region'));
  let regionSource = regionEnv ?? (region !== undefined ? `profile "${profile}" in ${configFile}` : '');
  if (region === undefined) {
    // Self-hosted gateways (Ceph, MinIO) accept any region in the signature; AWS needs the bucket's own.
    if (endpoint === undefined) {
      throw new CheckpointError({
        code: 'E_ARGUMENT',
        message: `No AWS region: AWS_REGION and AWS_DEFAULT_REGION are unset, and profile "${profile}" in ${configFile} has no region.`,
        hint: "Set AWS_REGION to the bucket's region (e.g. eu-west-1).",
      });
    }
    region = 'us-east-1';
    regionSource = 'us-east-1 (default for a custom endpoint)';
  }
  if (!/^[a-z0-9-]{1,64}$/.test(region)) {
    throw new CheckpointError({ code: 'E_ARGUMENT', message: `The AWS region ${JSON.stringify(region)} (${regionSource}) is not a region name.` });
  }
  return {
    credentials,
    region,
    ...(endpoint !== undefined && { endpoint }),
    sources: { credentials: credentialsSource, region: regionSource, endpoint: endpointSource },
  };
}
