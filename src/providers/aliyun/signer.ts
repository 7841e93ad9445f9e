// Public entry point of the Alibaba Cloud request signers (spec §8): RPC v1 (HMAC-SHA1) and
// V3 (ACS3-HMAC-SHA256). Import from here; the signer-*.ts files are the implementation.
//
// Two kinds of functions:
// - pure computations over a request's method, path, query, headers and body bytes
//   (computeRpcV1Signature, computeAcs3Signature and their steps): the client signs with them and the
//   emulator verifies received requests with them;
// - signRpcV1Request / signAcs3Request (+ buildAcs3Headers): add the common parameters or headers
//   and the signature to an outgoing request.
export { EMPTY_PAYLOAD_SHA256, bodyBytes, formatAliyunTimestamp, percentEncode, sha256Hex, signaturesEqual, type HeaderInput, type RequestBody } from './signer-encoding';
export {
  canonicalizeRpcParams,
  computeRpcV1Signature,
  flattenRpcParams,
  newRpcNonce,
  rpcV1Signature,
  rpcV1StringToSign,
  signRpcV1Request,
  type AliyunSigningCredentials,
  type RpcParamMultiMap,
  type RpcParamValue,
  type RpcParams,
  type RpcV1RequestInput,
  type RpcV1Signature,
  type RpcV1SignatureInput,
  type SignedRpcV1Request,
} from './signer-rpc';
export {
  ACS3_ALGORITHM,
  acs3CanonicalHeaders,
  acs3CanonicalQueryString,
  acs3CanonicalUri,
  acs3HashedPayload,
  buildAcs3Headers,
  computeAcs3Signature,
  isAcs3SignedHeaderName,
  newAcs3Nonce,
  parseAcs3Authorization,
  signAcs3Request,
  type Acs3Authorization,
  type Acs3CommonHeaderInput,
  type Acs3QueryInput,
  type Acs3RequestInput,
  type Acs3Signature,
  type Acs3SignatureInput,
  type SignedAcs3Request,
} from './signer-acs3';
