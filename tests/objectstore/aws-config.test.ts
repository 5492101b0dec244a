// Settings are found where the AWS CLI finds them, in the same order of precedence.
import { describe, expect, it } from 'vitest';
import { parseIni, resolveAwsSettings } from '../../src/objectstore/aws-config.js';

const files =
  (map: Record<string, string>) =>
  (path: string): string | undefined =>
    map[path];

const CREDS = `# comment
[default]
aws_access_key_id = FILEKEY
aws_secret_access_key = FILESECRET

[ci]
aws_access_key_id=CIKEY
aws_secret_access_key=CISECRET
aws_session_token=CITOKEN
`;
const CONFIG = `[default]
region = eu-west-1
s3 =
  addressing_style = path

[profile ci]
region = eu-central-1
endpoint_url = http://127.0.0.1:7480

[profile sso]
sso_session = corp
`;
const home = '/home/u';
const readFile = files({ '/home/u/.aws/credentials': CREDS, '/home/u/.aws/config': CONFIG });

describe('resolveAwsSettings', () => {
  it('environment keys and region win over the files', () => {
    const s = resolveAwsSettings({ home, readFile, env: { AWS_ACCESS_KEY_ID: 'K', AWS_SECRET_ACCESS_KEY: 'S', AWS_SESSION_TOKEN: 'T', AWS_REGION: 'us-west-2', AWS_DEFAULT_REGION: 'ap-south-1' } });
    expect(s.credentials).toEqual({ accessKeyId: 'K', secretAccessKey: 'S', sessionToken: 'T' });
    expect(s.region).toBe('us-west-2');
    expect(s.endpoint).toBeUndefined();
  });

  it('AWS_DEFAULT_REGION is used when AWS_REGION is unset', () => {
    expect(resolveAwsSettings({ home, readFile, env: { AWS_DEFAULT_REGION: 'ap-south-1' } }).region).toBe('ap-south-1');
  });

  it('the default profile of ~/.aws/credentials and ~/.aws/config, with a nested section ignored', () => {
    const s = resolveAwsSettings({ home, readFile, env: {} });
    expect(s.credentials).toEqual({ accessKeyId: 'FILEKEY', secretAccessKey: 'FILESECRET' });
    expect(s.region).toBe('eu-west-1');
    expect(s.sources.credentials).toBe('profile "default" in /home/u/.aws/credentials');
  });

  it('AWS_PROFILE picks "[ci]" in credentials and "[profile ci]" in config, endpoint_url included', () => {
    const s = resolveAwsSettings({ home, readFile, env: { AWS_PROFILE: 'ci' } });
    expect(s.credentials).toEqual({ accessKeyId: 'CIKEY', secretAccessKey: 'CISECRET', sessionToken: 'CITOKEN' });
    expect([s.region, s.endpoint]).toEqual(['eu-central-1', 'http://127.0.0.1:7480']);
  });

  it('AWS_ENDPOINT_URL_S3 beats AWS_ENDPOINT_URL beats the profile', () => {
    expect(resolveAwsSettings({ home, readFile, env: { AWS_PROFILE: 'ci', AWS_ENDPOINT_URL: 'http://a:1' } }).endpoint).toBe('http://a:1');
    expect(resolveAwsSettings({ home, readFile, env: { AWS_PROFILE: 'ci', AWS_ENDPOINT_URL: 'http://a:1', AWS_ENDPOINT_URL_S3: 'http://b:2' } }).endpoint).toBe('http://b:2');
  });

  it('AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE move the files', () => {
    const s = resolveAwsSettings({
      home,
      env: { AWS_SHARED_CREDENTIALS_FILE: '/etc/c', AWS_CONFIG_FILE: '/etc/f' },
      readFile: files({ '/etc/c': '[default]\naws_access_key_id=A\naws_secret_access_key=B\n', '/etc/f': '[default]\nregion=sa-east-1\n' }),
    });
    expect([s.credentials.accessKeyId, s.region]).toEqual(['A', 'sa-east-1']);
  });

  it('a custom endpoint without a region signs for us-east-1; AWS without a region is an error', () => {
    const env = { AWS_ACCESS_KEY_ID: 'K', AWS_SECRET_ACCESS_KEY: 'S' };
    expect(resolveAwsSettings({ home, readFile: files({}), env: { ...env, AWS_ENDPOINT_URL_S3: 'http://h:1' } }).region).toBe('us-east-1');
    expect(() => resolveAwsSettings({ home, readFile: files({}), env })).toThrow(/No AWS region/);
  });

  it('no credentials anywhere is E_ARGUMENT with what to set', () => {
    expect(() => resolveAwsSettings({ home, readFile: files({}), env: { AWS_REGION: 'us-east-1' } })).toThrow(/AWS_ACCESS_KEY_ID/);
  });

  it('an unknown AWS_PROFILE and an SSO profile are clear errors', () => {
    expect(() => resolveAwsSettings({ home, readFile, env: { AWS_PROFILE: 'nope' } })).toThrow(/profile "nope"/);
    expect(() => resolveAwsSettings({ home, readFile, env: { AWS_PROFILE: 'sso' } })).toThrow(/sso_session/);
  });

  it('a region that is not a region name is refused', () => {
    expect(() => resolveAwsSettings({ home, readFile, env: { AWS_REGION: 'us-east-1/../x' } })).toThrow(/not a region name/);
  });
});

describe('parseIni', () => {
  it('reads sections, trims, lowercases keys, skips comments and nested lines', () => {
    const ini = parseIni('; c\n[ a ]\nKey = v = w \n  nested = x\n# c\n');
    expect([...ini.get('a')!]).toEqual([['key', 'v = w']]);
  });
});
