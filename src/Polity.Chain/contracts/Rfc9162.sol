// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title RFC 9162 Merkle proofs over SHA-256
/// @notice Checks inclusion (§2.1.3.2) and consistency (§2.1.4.2) proofs of an RFC 9162 (Certificate
///         Transparency v2) Merkle tree, the tree Polity's log is: leaf = SHA-256(0x00 ‖ entry),
///         node = SHA-256(0x01 ‖ left ‖ right). SHA-256 runs in the precompile at address 0x02.
/// @dev Pure functions; every malformed proof (wrong length, wrong sizes) yields false, never a revert.
library Rfc9162 {
    /// @notice The leaf hash of one log entry.
    /// @param entry The entry's bytes (its canonical JSON).
    /// @return SHA-256(0x00 ‖ entry).
    function leafHash(bytes memory entry) internal pure returns (bytes32) {
        return sha256(abi.encodePacked(bytes1(0x00), entry));
    }

    /// @notice The hash of an inner node.
    /// @param left The left child's hash.
    /// @param right The right child's hash.
    /// @return SHA-256(0x01 ‖ left ‖ right).
    function nodeHash(bytes32 left, bytes32 right) internal pure returns (bytes32) {
        return sha256(abi.encodePacked(bytes1(0x01), left, right));
    }

    /// @notice Checks that `leaf` is leaf `index` of the tree of `size` leaves whose root is `root`.
    /// @param index The leaf's 0-based index (the log's seq − 1).
    /// @param size The tree size.
    /// @param leaf The leaf hash.
    /// @param path The audit path, from the leaf's sibling upwards.
    /// @param root The expected root.
    /// @return ok Whether the proof holds.
    function verifyInclusion(uint256 index, uint256 size, bytes32 leaf, bytes32[] calldata path, bytes32 root)
        internal
        pure
        returns (bool ok)
    {
        if (index >= size) return false;
        uint256 fn = index;
        uint256 sn = size - 1;
        bytes32 r = leaf;
        for (uint256 i = 0; i < path.length; ++i) {
            if (sn == 0) return false;
            if (fn & 1 == 1 || fn == sn) {
                r = nodeHash(path[i], r);
                if (fn & 1 == 0) {
                    while (fn & 1 == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = nodeHash(r, path[i]);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && r == root;
    }

    /// @notice Checks that the tree of `oldSize` leaves with root `oldRoot` is a prefix of the tree of
    ///         `newSize` leaves with root `newRoot`.
    /// @param oldSize The earlier size, at least 1.
    /// @param newSize The later size, at least `oldSize`.
    /// @param oldRoot The earlier root.
    /// @param newRoot The later root.
    /// @param proof The consistency proof (empty when the sizes are equal).
    /// @return ok Whether the proof holds.
    function verifyConsistency(uint256 oldSize, uint256 newSize, bytes32 oldRoot, bytes32 newRoot, bytes32[] calldata proof)
        internal
        pure
        returns (bool ok)
    {
        if (oldSize == 0 || oldSize > newSize) return false;
        if (oldSize == newSize) return proof.length == 0 && oldRoot == newRoot;
        if (proof.length == 0) return false;
        // When oldSize is a power of two the old root is itself a node of the new tree and leads the proof.
        bool pow2 = oldSize & (oldSize - 1) == 0;
        uint256 fn = oldSize - 1;
        uint256 sn = newSize - 1;
        while (fn & 1 == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        uint256 start = pow2 ? 0 : 1;
        bytes32 fr = pow2 ? oldRoot : proof[0];
        bytes32 sr = fr;
        for (uint256 i = start; i < proof.length; ++i) {
            if (sn == 0) return false;
            bytes32 c = proof[i];
            if (fn & 1 == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                if (fn & 1 == 0) {
                    while (fn & 1 == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return fr == oldRoot && sr == newRoot && sn == 0;
    }
}
