// The signer against published vectors: four cases of the AWS SigV4 test suite (credentials AKIDEXAMPLE, service
// "service", 2015-08-30T12:36:00Z) and the two worked S3 examples of the S3 API reference ("Signature calculations
// for the Authorization header", examplebucket, 2013-05-24). Each checks the signature, and the first the stages.
import { describe, expect, it } from 'vitest';
import { encodePath, sha256Hex, signV4, amzDate } from '../../src/objectstore/sigv4.js';

const SUITE = {
  region: 'us-east-1',
  service: 'service',
  amzDate: '20150830T123600Z',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
  host: 'example.amazonaws.com',
};
const EMPTY = sha256Hex('');

describe('SigV4 test suite vectors', () => {
  it('get-vanilla: each stage', () => {
    const signed = signV4({ ...SUITE, method: 'GET', path: '/', payloadHash: EMPTY });
    expect(signed.canonicalRequest).toBe(
      ['GET', '/', '', 'host:example.amazonaws.com', 'x-amz-date:20150830T123600Z', '', 'host;x-amz-date', EMPTY].join('\n'),
    );
    expect(signed.stringToSign.split('\n').slice(0, 3)).toEqual([
      'AWS4-HMAC-SHA256',
      '20150830T123600Z',
      '20150830/us-east-1/service/aws4_request',
    ]);
    expect(signed.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, ' +
        'Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
    );
  });

  it('get-vanilla-query-order-key-case: query parameters sorted by name', () => {
    const signed = signV4({
      ...SUITE,
      method: 'GET',
      path: '/',
      query: [
        ['Param2', 'value2'],
        ['Param1', 'value1'],
      ],
      payloadHash: EMPTY,
    });
    expect(signed.canonicalRequest.split('\n')[2]).toBe('Param1=value1&Param2=value2');
    expect(signed.signature).toBe('b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500');
  });

  it('post-x-www-form-urlencoded: a signed body and content type', () => {
    const signed = signV4({
      ...SUITE,
      method: 'POST',
      path: '/',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      payloadHash: sha256Hex('Param1=value1'),
    });
    expect(sha256Hex('Param1=value1')).toBe('9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e');
    expect(signed.signature).toBe('ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a');
  });
});

describe('S3 API reference examples', () => {
  const S3 = {
    region: 'us-east-1',
    service: 's3',
    amzDate: '20130524T000000Z',
    credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
    host: 'examplebucket.s3.amazonaws.com',
  };

  it('GET object with a Range header', () => {
    const signed = signV4({
      ...S3,
      method: 'GET',
      path: encodePath(['test.txt']),
      headers: { range: 'bytes=0-9', 'x-amz-content-sha256': EMPTY },
      payloadHash: EMPTY,
    });
    expect(signed.signature).toBe('f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41');
  });

  it('PUT object: a key with "$" is encoded once, a Date header and a storage class are signed', () => {
    const body = 'Welcome to Amazon S3.';
    const signed = signV4({
      ...S3,
      method: 'PUT',
      path: encodePath(['test$file.text']),
      headers: {
        date: 'Fri, 24 May 2013 00:00:00 GMT',
        'x-amz-storage-class': 'REDUCED_REDUNDANCY',
        'x-amz-content-sha256': sha256Hex(body),
      },
      payloadHash: sha256Hex(body),
    });
    expect(signed.canonicalRequest.split('\n')[1]).toBe('/test%24file.text');
    expect(signed.signature).toBe('98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd');
  });
});

describe('helpers', () => {
  it('amzDate drops separators and milliseconds', () => {
    expect(amzDate(new Date('2015-08-30T12:36:00.123Z'))).toBe('20150830T123600Z');
  });

  it('a session token is sent and signed', () => {
    const signed = signV4({ ...SUITE, method: 'GET', path: '/', payloadHash: EMPTY, credentials: { ...SUITE.credentials, sessionToken: 'tok' } });
    expect(signed.headers['x-amz-security-token']).toBe('tok');
    expect(signed.authorization).toContain('SignedHeaders=host;x-amz-date;x-amz-security-token,');
  });
});
