// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

/// @title rigpool payment channels and provider stakes
/// @notice ERC-20 channels from a payer to a payee, paid off-chain with cumulative EIP-712
/// vouchers; provider stakes slashable by the arbiter each provider chose.
/// Tokens that move a different amount than asked (fee-on-transfer, rebasing) are refused.
contract RigpoolChannels is EIP712, ReentrancyGuard {
    using SafeERC20 for IERC20;

    bytes32 public constant VOUCHER_TYPEHASH = keccak256("Voucher(bytes32 channelId,uint256 cumulativeAmount)");
    uint64 public constant MIN_CHALLENGE_PERIOD = 1 hours;
    uint64 public constant MAX_CHALLENGE_PERIOD = 30 days;
    uint64 public constant UNSTAKE_DELAY = 7 days;

    struct Channel {
        address payer;
        uint64 challengePeriod;
        address payee;
        /// 0 while open; chain time from which finalizeClose is allowed once the payer started a close.
        uint64 closesAt;
        address token;
        bool isClosed;
        uint256 deposit;
        uint256 withdrawn;
    }

    struct Stake {
        address token;
        address arbiter;
        uint256 amount;
        uint256 unstakeAmount;
        uint64 unstakeAt;
    }

    mapping(bytes32 => Channel) private _channels;
    mapping(address => uint256) public channelNonce;
    mapping(address => Stake) private _stakes;

    event ChannelOpened(
        bytes32 indexed channelId,
        address indexed payer,
        address indexed payee,
        address token,
        uint256 deposit,
        uint64 challengePeriod
    );
    event ChannelToppedUp(bytes32 indexed channelId, uint256 amount, uint256 deposit);
    event Withdrawn(bytes32 indexed channelId, address indexed payee, uint256 cumulativeAmount, uint256 amount);
    event CloseStarted(bytes32 indexed channelId, address indexed payer, uint64 closesAt);
    event ChannelClosed(bytes32 indexed channelId, uint256 paidToPayee, uint256 refundedToPayer);
    event Staked(address indexed provider, address indexed arbiter, address token, uint256 amount, uint256 total);
    event UnstakeRequested(address indexed provider, uint256 amount, uint64 availableAt);
    event Unstaked(address indexed provider, uint256 amount);
    event Slashed(address indexed provider, address indexed arbiter, uint256 amount, bytes32 evidenceHash);

    error ZeroAddress();
    error ZeroAmount();
    error BadChallengePeriod();
    error UnknownChannel();
    error NotPayer();
    error NotPayee();
    error ChannelNotOpen();
    error ChallengeOver();
    error ChallengeNotOver();
    error NotClosing();
    error AmountExceedsDeposit();
    error NothingToWithdraw();
    error InvalidSignature();
    error UnsupportedToken();
    error StakeMismatch();
    error NotArbiter();
    error InsufficientStake();
    error UnstakeNotReady();

    constructor() EIP712("RigpoolChannels", "1") {}

    // ---------------------------------------------------------------- channels

    /// @notice Opens a channel from msg.sender to `payee`, depositing `amount` of `token`.
    function open(address payee, address token, uint256 amount, uint64 challengePeriod)
        external
        nonReentrant
        returns (bytes32 channelId)
    {
        if (payee == address(0) || token == address(0)) revert ZeroAddress();
        if (amount == 0) revert ZeroAmount();
        if (challengePeriod < MIN_CHALLENGE_PERIOD || challengePeriod > MAX_CHALLENGE_PERIOD) {
            revert BadChallengePeriod();
        }
        uint256 nonce = channelNonce[msg.sender]++;
        channelId = keccak256(abi.encode(block.chainid, address(this), msg.sender, payee, token, nonce));
        _channels[channelId] = Channel({
            payer: msg.sender,
            challengePeriod: challengePeriod,
            payee: payee,
            closesAt: 0,
            token: token,
            isClosed: false,
            deposit: amount,
            withdrawn: 0
        });
        _pull(token, msg.sender, amount);
        emit ChannelOpened(channelId, msg.sender, payee, token, amount, challengePeriod);
    }

    /// @notice Adds `amount` to an open channel's deposit (payer only, not while closing).
    function topUp(bytes32 channelId, uint256 amount) external nonReentrant {
        Channel storage ch = _open(channelId);
        if (msg.sender != ch.payer) revert NotPayer();
        if (ch.closesAt != 0) revert ChannelNotOpen();
        if (amount == 0) revert ZeroAmount();
        ch.deposit += amount;
        _pull(ch.token, msg.sender, amount);
        emit ChannelToppedUp(channelId, amount, ch.deposit);
    }

    /// @notice Pays the payee the part of a voucher not yet withdrawn; the channel stays open.
    /// Anyone may submit (the money always goes to the channel's payee), so a hot key can
    /// redeem to a cold payout address.
    function withdraw(bytes32 channelId, uint256 cumulativeAmount, bytes calldata signature)
        external
        nonReentrant
    {
        Channel storage ch = _open(channelId);
        if (ch.closesAt != 0 && block.timestamp >= ch.closesAt) revert ChallengeOver();
        if (cumulativeAmount <= ch.withdrawn) revert NothingToWithdraw();
        if (cumulativeAmount > ch.deposit) revert AmountExceedsDeposit();
        _checkVoucher(channelId, ch.payer, cumulativeAmount, signature);
        uint256 amount = cumulativeAmount - ch.withdrawn;
        ch.withdrawn = cumulativeAmount;
        _push(ch.token, ch.payee, amount);
        emit Withdrawn(channelId, ch.payee, cumulativeAmount, amount);
    }

    /// @notice Cooperative close by the payee with its final voucher: pays what is due and
    /// refunds the rest to the payer at once. A voucher at or below what was withdrawn
    /// closes without a further payment (no signature needed to give up money).
    function close(bytes32 channelId, uint256 cumulativeAmount, bytes calldata signature) external nonReentrant {
        Channel storage ch = _open(channelId);
        if (msg.sender != ch.payee) revert NotPayee();
        if (ch.closesAt != 0 && block.timestamp >= ch.closesAt) revert ChallengeOver();
        uint256 paid = 0;
        if (cumulativeAmount > ch.withdrawn) {
            if (cumulativeAmount > ch.deposit) revert AmountExceedsDeposit();
            _checkVoucher(channelId, ch.payer, cumulativeAmount, signature);
            paid = cumulativeAmount - ch.withdrawn;
            ch.withdrawn = cumulativeAmount;
        }
        _settle(channelId, ch, paid);
    }

    /// @notice Unilateral close by the payer: starts the challenge period.
    function startClose(bytes32 channelId) external {
        Channel storage ch = _open(channelId);
        if (msg.sender != ch.payer) revert NotPayer();
        if (ch.closesAt != 0) revert ChannelNotOpen();
        uint64 closesAt = uint64(block.timestamp) + ch.challengePeriod;
        ch.closesAt = closesAt;
        emit CloseStarted(channelId, msg.sender, closesAt);
    }

    /// @notice Ends a unilateral close once the challenge period is over; refunds the payer.
    function finalizeClose(bytes32 channelId) external nonReentrant {
        Channel storage ch = _open(channelId);
        if (ch.closesAt == 0) revert NotClosing();
        if (block.timestamp < ch.closesAt) revert ChallengeNotOver();
        _settle(channelId, ch, 0);
    }

    /// @notice The channel's state (all zero for an unknown id).
    function getChannel(bytes32 channelId) external view returns (Channel memory) {
        return _channels[channelId];
    }

    /// @notice The EIP-712 digest a payer signs for a voucher.
    function voucherDigest(bytes32 channelId, uint256 cumulativeAmount) public view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(VOUCHER_TYPEHASH, channelId, cumulativeAmount)));
    }

    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    // ---------------------------------------------------------------- stakes

    /// @notice Adds to msg.sender's stake under `arbiter` (fixed with the first stake).
    function stake(address token, address arbiter, uint256 amount) external nonReentrant {
        if (token == address(0) || arbiter == address(0)) revert ZeroAddress();
        if (amount == 0) revert ZeroAmount();
        Stake storage s = _stakes[msg.sender];
        if (s.token == address(0)) {
            s.token = token;
            s.arbiter = arbiter;
        } else if (s.token != token || s.arbiter != arbiter) {
            revert StakeMismatch();
        }
        s.amount += amount;
        _pull(token, msg.sender, amount);
        emit Staked(msg.sender, arbiter, token, amount, s.amount);
    }

    /// @notice Announces an unstake; the amount stays slashable until the delay has passed.
    function requestUnstake(uint256 amount) external {
        Stake storage s = _stakes[msg.sender];
        if (amount == 0) revert ZeroAmount();
        if (amount > s.amount) revert InsufficientStake();
        uint64 availableAt = uint64(block.timestamp) + UNSTAKE_DELAY;
        s.unstakeAmount = amount;
        s.unstakeAt = availableAt;
        emit UnstakeRequested(msg.sender, amount, availableAt);
    }

    /// @notice Pays out an announced unstake after the delay (less anything slashed since).
    function unstake() external nonReentrant {
        Stake storage s = _stakes[msg.sender];
        if (s.unstakeAt == 0 || s.unstakeAmount == 0) revert ZeroAmount();
        if (block.timestamp < s.unstakeAt) revert UnstakeNotReady();
        uint256 amount = s.unstakeAmount < s.amount ? s.unstakeAmount : s.amount;
        if (amount == 0) revert InsufficientStake();
        s.amount -= amount;
        s.unstakeAmount = 0;
        s.unstakeAt = 0;
        _push(s.token, msg.sender, amount);
        emit Unstaked(msg.sender, amount);
    }

    /// @notice Slashes a provider's stake to its arbiter, recording the evidence hash.
    function slash(address provider, uint256 amount, bytes32 evidenceHash) external nonReentrant {
        Stake storage s = _stakes[provider];
        if (s.arbiter == address(0) || msg.sender != s.arbiter) revert NotArbiter();
        if (amount == 0) revert ZeroAmount();
        if (amount > s.amount) revert InsufficientStake();
        s.amount -= amount;
        _push(s.token, msg.sender, amount);
        emit Slashed(provider, msg.sender, amount, evidenceHash);
    }

    function getStake(address provider) external view returns (Stake memory) {
        return _stakes[provider];
    }

    // ---------------------------------------------------------------- internals

    function _open(bytes32 channelId) private view returns (Channel storage ch) {
        ch = _channels[channelId];
        if (ch.payer == address(0)) revert UnknownChannel();
        if (ch.isClosed) revert ChannelNotOpen();
    }

    function _checkVoucher(bytes32 channelId, address payer, uint256 cumulativeAmount, bytes calldata signature)
        private
        view
    {
        // ECDSA.recover reverts on malformed and high-s signatures.
        address signer = ECDSA.recover(voucherDigest(channelId, cumulativeAmount), signature);
        if (signer != payer) revert InvalidSignature();
    }

    function _settle(bytes32 channelId, Channel storage ch, uint256 paid) private {
        uint256 refund = ch.deposit - ch.withdrawn;
        ch.isClosed = true;
        if (paid > 0) _push(ch.token, ch.payee, paid);
        if (refund > 0) _push(ch.token, ch.payer, refund);
        emit ChannelClosed(channelId, paid, refund);
    }

    /// Pulls exactly `amount`, refusing tokens whose transfers deliver something else.
    function _pull(address token, address from, uint256 amount) private {
        uint256 before = IERC20(token).balanceOf(address(this));
        IERC20(token).safeTransferFrom(from, address(this), amount);
        if (IERC20(token).balanceOf(address(this)) != before + amount) revert UnsupportedToken();
    }

    /// Pays exactly `amount`, refusing tokens that take more than that from this contract.
    function _push(address token, address to, uint256 amount) private {
        uint256 before = IERC20(token).balanceOf(address(this));
        IERC20(token).safeTransfer(to, amount);
        if (before - IERC20(token).balanceOf(address(this)) != amount) revert UnsupportedToken();
    }
}
