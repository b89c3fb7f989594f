// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Rfc9162} from "./Rfc9162.sol";

/// @notice The anchor contract as the executor reads it.
interface IPolityAnchor {
    /// @notice The root anchored for a tree size, or zero.
    /// @param size The tree size.
    /// @return The root.
    function rootAt(uint256 size) external view returns (bytes32);
}

/// @notice A Safe (or any Zodiac avatar) as a module sees it.
interface IAvatar {
    /// @notice Runs a call from the avatar on behalf of an enabled module.
    /// @param to The target.
    /// @param value Wei to send.
    /// @param data Call data.
    /// @param operation 0 for call, 1 for delegatecall (this module only ever uses 0).
    /// @return success Whether the call succeeded.
    function execTransactionFromModule(address to, uint256 value, bytes calldata data, uint8 operation)
        external
        returns (bool success);
}

/// @title PolityExecutor
/// @notice Executes call batches that a Polity network decided, with no trusted relayer. Anyone may queue a
///         batch by presenting the log entry that approves it (a v1.chain-batch-approved event) and the entry's
///         RFC 9162 inclusion proof in a head anchored in PolityAnchor. After the charter's timelock anyone may
///         execute it, atomically, unless k of the n veto holders of one house vetoed it first. A batch not
///         executed within the grace period expires.
/// @dev With `avatar` zero the executor makes the calls itself (it then holds the funds); otherwise it is a
///      Zodiac-style Safe module and makes each call through `avatar.execTransactionFromModule`.
///      The batch hash binds the chain and this contract: keccak256(abi.encode(block.chainid, address(this), calls)).
contract PolityExecutor {
    /// @notice One call of a batch.
    /// @param target The contract or account called.
    /// @param value Wei sent with the call.
    /// @param data The call data.
    struct Call {
        address target;
        uint256 value;
        bytes data;
    }

    /// @notice Where a queued batch stands.
    enum State {
        None,
        Queued,
        Executed,
        Vetoed,
        Cancelled
    }

    /// @notice A queued batch.
    /// @param batch The batch hash the log approved.
    /// @param eta The earliest execution time.
    /// @param state Where it stands.
    struct Operation {
        bytes32 batch;
        uint64 eta;
        State state;
    }

    /// @notice The entry bytes from offset 65 (the payload) must start with this.
    bytes private constant PAYLOAD_PREFIX = '{"batch":"0x';
    /// @notice The entry bytes must end with this.
    bytes private constant TYPE_SUFFIX = ',"type":"v1.chain-batch-approved"}';
    /// @dev `{"author":"0x` + 40 hex digits + `","payload":` is 65 bytes in canonical JSON.
    uint256 private constant PAYLOAD_OFFSET = 65;

    /// @notice The anchor whose heads proofs are checked against.
    IPolityAnchor public immutable anchor;
    /// @notice The Safe this module acts for, or zero when the executor calls directly.
    address public immutable avatar;
    /// @notice Seconds between queueing and the earliest execution: the charter's timelock.
    uint64 public immutable delay;
    /// @notice Seconds after `eta` during which a batch may still execute or be vetoed.
    uint64 public immutable grace;

    /// @notice Veto threshold k of each house (index = house number).
    uint8[] public vetoThreshold;
    /// @notice The house number plus one of each veto holder (zero for non-holders).
    mapping(address holder => uint256 houseplusone) public vetoHouse;
    /// @notice Queued batches by id (the approving entry's leaf hash).
    mapping(bytes32 id => Operation) public operations;
    /// @notice Vetoes counted per batch and house.
    mapping(bytes32 id => mapping(uint256 house => uint256 count)) public vetoCount;
    /// @notice Whether a holder vetoed a batch.
    mapping(bytes32 id => mapping(address holder => bool)) public hasVetoed;

    uint256 private _lock = 1;

    /// @notice A batch was queued.
    /// @param id The batch's id (leaf hash of its approving entry).
    /// @param batch The batch hash.
    /// @param leafIndex The entry's leaf index (seq − 1).
    /// @param treeSize The anchored size the proof was against.
    /// @param eta The earliest execution time.
    event Queued(bytes32 indexed id, bytes32 indexed batch, uint256 leafIndex, uint256 treeSize, uint64 eta);
    /// @notice A veto holder vetoed a batch.
    /// @param id The batch's id.
    /// @param holder The holder.
    /// @param house The holder's house number.
    /// @param count Vetoes from that house so far.
    event VetoCast(bytes32 indexed id, address indexed holder, uint256 house, uint256 count);
    /// @notice A house reached its veto threshold; the batch can no longer execute.
    /// @param id The batch's id.
    /// @param house The house.
    event Vetoed(bytes32 indexed id, uint256 house);
    /// @notice One call of a batch ran.
    /// @param id The batch's id.
    /// @param index The call's position.
    /// @param target The target.
    /// @param value Wei sent.
    event CallExecuted(bytes32 indexed id, uint256 index, address target, uint256 value);
    /// @notice A batch executed, every call having succeeded.
    /// @param id The batch's id.
    /// @param batch The batch hash.
    event Executed(bytes32 indexed id, bytes32 indexed batch);
    /// @notice A queued batch was cancelled by a batch this executor ran.
    /// @param id The batch's id.
    event Cancelled(bytes32 indexed id);

    /// @notice No head of this size is anchored.
    /// @param treeSize The size.
    error NotAnchored(uint256 treeSize);
    /// @notice The inclusion proof does not lead from the entry to the anchored root.
    error InvalidProof();
    /// @notice The entry is not a v1.chain-batch-approved event.
    error NotBatchApproval();
    /// @notice The calls do not hash to the approved batch.
    /// @param approved The batch hash the log approved.
    /// @param given The hash of the calls given.
    error BatchMismatch(bytes32 approved, bytes32 given);
    /// @notice The entry was already used to queue a batch.
    /// @param id The batch's id.
    error AlreadyQueued(bytes32 id);
    /// @notice The batch is not queued (never queued, executed, vetoed or cancelled).
    /// @param id The batch's id.
    /// @param state Its state.
    error NotQueued(bytes32 id, State state);
    /// @notice The timelock has not passed.
    /// @param eta The earliest execution time.
    error TooEarly(uint64 eta);
    /// @notice The grace period is over.
    /// @param deadline The last moment it could execute or be vetoed.
    error Expired(uint64 deadline);
    /// @notice The caller holds no veto.
    /// @param caller The caller.
    error NotVetoHolder(address caller);
    /// @notice The holder already vetoed this batch.
    error AlreadyVetoed();
    /// @notice A call of the batch failed (module mode, where the Safe returns no reason).
    /// @param index The call's position.
    error CallFailed(uint256 index);
    /// @notice A function guarded against reentrancy was entered again.
    error ReentrantCall();
    /// @notice Only the executor itself (a batch it runs) may do this.
    error OnlySelf();
    /// @notice The veto configuration is malformed.
    error BadVetoConfig();

    modifier nonReentrant() {
        if (_lock != 1) revert ReentrantCall();
        _lock = 2;
        _;
        _lock = 1;
    }

    /// @notice Sets the anchor, the mode, the timelock and each house's veto holders, all from the charter.
    /// @param anchor_ The PolityAnchor of the network.
    /// @param avatar_ The Safe to act for as a module, or zero to call directly.
    /// @param delay_ The charter's timelock in seconds.
    /// @param grace_ The charter's grace period in seconds.
    /// @param thresholds Veto threshold k per house; a house with k = 0 cannot veto.
    /// @param holders Every veto holder.
    /// @param holderHouses The house number of each holder (same length as `holders`).
    constructor(
        address anchor_,
        address avatar_,
        uint64 delay_,
        uint64 grace_,
        uint8[] memory thresholds,
        address[] memory holders,
        uint8[] memory holderHouses
    ) {
        if (holders.length != holderHouses.length) revert BadVetoConfig();
        anchor = IPolityAnchor(anchor_);
        avatar = avatar_;
        delay = delay_;
        grace = grace_;
        vetoThreshold = thresholds;
        for (uint256 i = 0; i < holders.length; ++i) {
            if (holderHouses[i] >= thresholds.length || holders[i] == address(0) || vetoHouse[holders[i]] != 0) {
                revert BadVetoConfig();
            }
            vetoHouse[holders[i]] = uint256(holderHouses[i]) + 1;
        }
    }

    /// @notice Accepts ether, for batches that pay out in the direct mode.
    receive() external payable {}

    /// @notice The hash a batch of calls must have to match a log approval on this chain and this executor.
    /// @param calls The calls.
    /// @return keccak256(abi.encode(block.chainid, address(this), calls)).
    function batchHash(Call[] calldata calls) public view returns (bytes32) {
        return keccak256(abi.encode(block.chainid, address(this), calls));
    }

    /// @notice Queues a batch the log approved. Anyone may call it.
    /// @param calls The calls, hashing to the approved batch.
    /// @param entry The bytes of the v1.chain-batch-approved log entry.
    /// @param leafIndex The entry's leaf index (seq − 1).
    /// @param treeSize An anchored tree size that includes the entry.
    /// @param proof The entry's inclusion proof in that tree.
    /// @return id The batch's id, the entry's leaf hash.
    function queue(Call[] calldata calls, bytes calldata entry, uint256 leafIndex, uint256 treeSize, bytes32[] calldata proof)
        external
        nonReentrant
        returns (bytes32 id)
    {
        bytes32 root = anchor.rootAt(treeSize);
        if (root == bytes32(0)) revert NotAnchored(treeSize);
        id = Rfc9162.leafHash(entry);
        if (!Rfc9162.verifyInclusion(leafIndex, treeSize, id, proof, root)) revert InvalidProof();
        bytes32 approved = approvedBatch(entry);
        bytes32 given = batchHash(calls);
        if (approved != given) revert BatchMismatch(approved, given);
        if (operations[id].state != State.None) revert AlreadyQueued(id);
        uint64 eta = uint64(block.timestamp) + delay;
        operations[id] = Operation(approved, eta, State.Queued);
        emit Queued(id, approved, leafIndex, treeSize, eta);
    }

    /// @notice Vetoes a queued batch; when k holders of one house have vetoed, it can no longer execute.
    /// @param id The batch's id.
    function veto(bytes32 id) external nonReentrant {
        uint256 houseplusone = vetoHouse[msg.sender];
        if (houseplusone == 0) revert NotVetoHolder(msg.sender);
        Operation storage op = liveOperation(id);
        if (hasVetoed[id][msg.sender]) revert AlreadyVetoed();
        hasVetoed[id][msg.sender] = true;
        uint256 house = houseplusone - 1;
        uint256 count = ++vetoCount[id][house];
        emit VetoCast(id, msg.sender, house, count);
        uint8 threshold = vetoThreshold[house];
        if (threshold != 0 && count >= threshold) {
            op.state = State.Vetoed;
            emit Vetoed(id, house);
        }
    }

    /// @notice Executes a queued batch after its timelock and before it expires. Anyone may call it.
    /// @param id The batch's id.
    /// @param calls The calls, hashing to the approved batch.
    function execute(bytes32 id, Call[] calldata calls) external payable nonReentrant {
        Operation storage op = liveOperation(id);
        if (block.timestamp < op.eta) revert TooEarly(op.eta);
        bytes32 given = batchHash(calls);
        if (given != op.batch) revert BatchMismatch(op.batch, given);
        op.state = State.Executed;
        for (uint256 i = 0; i < calls.length; ++i) {
            run(i, calls[i]);
            emit CallExecuted(id, i, calls[i].target, calls[i].value);
        }
        emit Executed(id, op.batch);
    }

    /// @notice Cancels a queued batch. Only a batch this executor runs may call it, so only a later decision
    ///         of the network can cancel an earlier one.
    /// @param id The batch's id.
    function cancel(bytes32 id) external {
        if (msg.sender != address(this) && msg.sender != avatar) revert OnlySelf();
        Operation storage op = operations[id];
        if (op.state != State.Queued) revert NotQueued(id, op.state);
        op.state = State.Cancelled;
        emit Cancelled(id);
    }

    /// @notice The number of houses the veto configuration names.
    /// @return The count.
    function houseCount() external view returns (uint256) {
        return vetoThreshold.length;
    }

    /// @notice The batch hash an approval entry carries, after checking the entry's shape.
    /// @dev Canonical JSON sorts keys, so the entry is {"author":"0x…","payload":{"batch":"0x<64 hex>",…},…,
    ///      "type":"v1.chain-batch-approved"}: the payload sits at a fixed offset and the type ends the bytes.
    ///      A string value cannot hold an unescaped quote, so the suffix can only be the top-level type.
    /// @param entry The entry bytes.
    /// @return batch The approved batch hash.
    function approvedBatch(bytes calldata entry) public pure returns (bytes32 batch) {
        uint256 hexStart = PAYLOAD_OFFSET + PAYLOAD_PREFIX.length;
        if (entry.length < hexStart + 65 + TYPE_SUFFIX.length) revert NotBatchApproval();
        if (keccak256(entry[0:11]) != keccak256('{"author":"')) revert NotBatchApproval();
        if (keccak256(entry[53:PAYLOAD_OFFSET]) != keccak256('","payload":')) revert NotBatchApproval();
        if (keccak256(entry[PAYLOAD_OFFSET:hexStart]) != keccak256(PAYLOAD_PREFIX)) revert NotBatchApproval();
        if (entry[hexStart + 64] != '"') revert NotBatchApproval();
        if (keccak256(entry[entry.length - TYPE_SUFFIX.length:]) != keccak256(TYPE_SUFFIX)) revert NotBatchApproval();
        uint256 value = 0;
        for (uint256 i = 0; i < 64; ++i) {
            uint8 c = uint8(entry[hexStart + i]);
            uint8 digit;
            if (c >= 0x30 && c <= 0x39) digit = c - 0x30;
            else if (c >= 0x61 && c <= 0x66) digit = c - 0x57;
            else revert NotBatchApproval();
            value = (value << 4) | digit;
        }
        batch = bytes32(value);
    }

    /// @dev A batch that is queued and not past its grace period.
    function liveOperation(bytes32 id) private view returns (Operation storage op) {
        op = operations[id];
        if (op.state != State.Queued) revert NotQueued(id, op.state);
        uint64 deadline = op.eta + grace;
        if (block.timestamp > deadline) revert Expired(deadline);
    }

    /// @dev Runs one call, directly or through the avatar; a direct call's revert reason is passed on as is.
    function run(uint256 index, Call calldata c) private {
        if (avatar != address(0)) {
            if (!IAvatar(avatar).execTransactionFromModule(c.target, c.value, c.data, 0)) revert CallFailed(index);
            return;
        }
        (bool ok, bytes memory reason) = c.target.call{value: c.value}(c.data);
        if (!ok) {
            if (reason.length == 0) revert CallFailed(index);
            assembly ("memory-safe") {
                revert(add(reason, 32), mload(reason))
            }
        }
    }
}
