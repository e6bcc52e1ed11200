// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title Devnet stablecoin: 6 decimals like USDC, minted by its deployer.
contract TestStablecoin is ERC20 {
    address public immutable minter;

    error NotMinter();

    constructor() ERC20("rigpool test USD", "tUSD") {
        minter = msg.sender;
    }

    function decimals() public pure override returns (uint8) {
        return 6;
    }

    function mint(address to, uint256 amount) external {
        if (msg.sender != minter) revert NotMinter();
        _mint(to, amount);
    }
}
