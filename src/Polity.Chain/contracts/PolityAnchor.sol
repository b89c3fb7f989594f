// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Rfc9162} from "./Rfc9162.sol";

/// @title PolityAnchor
/// @notice Pins a Polity network's log on chain: an append-only sequence of tree heads (size, root), each
///         signed by the network's operator and each joined to the previous one by an RFC 9162 consistency
///         proof checked here. Once a head is anchored, no later head can rewrite the entries it covers.
/// @dev The operator signs heads exactly as `polity log head --sign` does: EIP-712 typed data in the domain
///      {name: "Polity", version: "1"} (no chain id: a head is a statement about the log, true on every chain)
///      with primary type PolityTreeHead(string network,uint64 size,bytes32 root,uint64 time). So a head the
///      operator already published off chain can be anchored unchanged, by anyone.
contract PolityAnchor {
    /// @notice EIP-712 type hash of the domain {name, version}.
    bytes32 public constant DOMAIN_TYPEHASH = keccak256("EIP712Domain(string name,string version)");
    /// @notice EIP-712 type hash of a signed tree head.
    bytes32 public constant TREE_HEAD_TYPEHASH =
        keccak256("PolityTreeHead(string network,uint64 size,bytes32 root,uint64 time)");
    /// @notice The EIP-712 domain separator, the same as for Polity's events and off-chain heads.
    bytes32 public constant DOMAIN_SEPARATOR =
        keccak256(abi.encode(DOMAIN_TYPEHASH, keccak256("Polity"), keccak256("1")));

    /// @notice The operator whose signature every head needs.
    address public immutable operator;
    /// @notice keccak256 of the network's short name, part of the signed head.
    bytes32 public immutable networkHash;
    /// @notice The network's short name.
    string public network;

    /// @notice The size of the latest anchored head (0 before the first).
    uint64 public latestSize;
    /// @notice The root of the latest anchored head.
    bytes32 public latestRoot;
    /// @notice The root anchored for each tree size, or zero when that size was never anchored.
    mapping(uint256 size => bytes32 root) public rootAt;

    /// @notice A head was anchored.
    /// @param size The tree size.
    /// @param root The Merkle root at that size.
    /// @param time The head's time, as the operator signed it.
    /// @param previousSize The size of the head it extends (0 for the first).
    event Anchored(uint64 indexed size, bytes32 root, uint64 time, uint64 previousSize);

    /// @notice The signature does not recover to the operator.
    /// @param signer The address it recovers to (zero when malformed).
    error BadSignature(address signer);
    /// @notice The head is not larger than the latest anchored head.
    /// @param size The head's size.
    /// @param latest The latest anchored size.
    error NotNewer(uint64 size, uint64 latest);
    /// @notice The consistency proof does not show the latest head is a prefix of the new one.
    /// @param fromSize The latest anchored size.
    /// @param toSize The new size.
    error Inconsistent(uint64 fromSize, uint64 toSize);
    /// @notice A head must cover at least one entry.
    error EmptyTree();
    /// @notice The operator address is zero.
    error ZeroOperator();

    /// @notice Sets the operator and the network name the heads must name.
    /// @param operator_ The network's operator (the author of v1.network-created).
    /// @param network_ The network's short name.
    constructor(address operator_, string memory network_) {
        if (operator_ == address(0)) revert ZeroOperator();
        operator = operator_;
        network = network_;
        networkHash = keccak256(bytes(network_));
    }

    /// @notice The EIP-712 digest the operator signs for a head.
    /// @param size The tree size.
    /// @param root The root.
    /// @param time The head's time (Unix seconds).
    /// @return The digest.
    function headDigest(uint64 size, bytes32 root, uint64 time) public view returns (bytes32) {
        bytes32 structHash = keccak256(abi.encode(TREE_HEAD_TYPEHASH, networkHash, size, root, time));
        return keccak256(abi.encodePacked("\x19\x01", DOMAIN_SEPARATOR, structHash));
    }

    /// @notice Anchors a signed head that extends the latest one. Anyone may submit it.
    /// @param size The tree size, larger than the latest anchored size.
    /// @param root The root at that size.
    /// @param time The head's time as signed.
    /// @param signature The operator's 65-byte signature r ‖ s ‖ v.
    /// @param consistency The RFC 9162 consistency proof from the latest anchored head (empty for the first).
    function anchor(uint64 size, bytes32 root, uint64 time, bytes calldata signature, bytes32[] calldata consistency)
        external
    {
        if (size == 0) revert EmptyTree();
        address signer = recover(headDigest(size, root, time), signature);
        if (signer != operator) revert BadSignature(signer);
        uint64 previous = latestSize;
        if (size <= previous) revert NotNewer(size, previous);
        if (previous != 0 && !Rfc9162.verifyConsistency(previous, size, latestRoot, root, consistency)) {
            revert Inconsistent(previous, size);
        }
        latestSize = size;
        latestRoot = root;
        rootAt[size] = root;
        emit Anchored(size, root, time, previous);
    }

    /// @dev ecrecover with the malleability and length checks of OpenZeppelin's ECDSA; zero when malformed.
    function recover(bytes32 digest, bytes calldata signature) private pure returns (address) {
        if (signature.length != 65) return address(0);
        bytes32 r = bytes32(signature[0:32]);
        bytes32 s = bytes32(signature[32:64]);
        uint8 v = uint8(signature[64]);
        if (v < 27) v += 27;
        if (uint256(s) > 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0) return address(0);
        return ecrecover(digest, v, r, s);
    }
}
