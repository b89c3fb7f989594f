// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title Test doubles for PolityExecutor's tests (never deployed outside tests)
/// @notice A recorder target, a reentrant attacker and a minimal Safe that runs module calls.

/// @notice Records the last call it received.
contract Recorder {
    /// @notice The last value stored.
    uint256 public value;
    /// @notice The last caller.
    address public lastCaller;

    /// @notice Stores a value.
    /// @param v The value.
    function store(uint256 v) external payable {
        value = v;
        lastCaller = msg.sender;
    }

    /// @notice Always reverts, for atomicity tests.
    function fail() external pure {
        revert("recorder: fail");
    }
}

/// @notice Calls back into the executor while a batch runs.
contract Reentrant {
    /// @notice The calldata it replays against its caller.
    bytes public payload;

    /// @notice Sets the calldata to replay.
    /// @param p The calldata.
    function arm(bytes calldata p) external {
        payload = p;
    }

    /// @notice Called by a batch: calls the executor again with the armed calldata and passes its revert on.
    function attack() external {
        (bool ok, bytes memory reason) = msg.sender.call(payload);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(reason, 32), mload(reason))
            }
        }
    }
}

/// @notice The part of a Safe a module uses: enabled modules run calls from the Safe's own address.
contract MockSafe {
    /// @notice The enabled module.
    address public module;

    /// @notice Sets up the Safe with one enabled module.
    /// @param module_ The module.
    constructor(address module_) {
        module = module_;
    }

    /// @notice Accepts ether.
    receive() external payable {}

    /// @notice Sets the module (tests deploy the Safe before the module's address is known).
    /// @param module_ The module.
    function enableModule(address module_) external {
        require(module == address(0), "module set");
        module = module_;
    }

    /// @notice Runs a call from the Safe for the enabled module.
    /// @param to The target.
    /// @param value Wei.
    /// @param data Call data.
    /// @param operation 0 for call (delegatecall unsupported).
    /// @return success Whether the call succeeded.
    function execTransactionFromModule(address to, uint256 value, bytes calldata data, uint8 operation)
        external
        returns (bool success)
    {
        require(msg.sender == module, "GS104");
        require(operation == 0, "call only");
        (success,) = to.call{value: value}(data);
    }
}
