/**
 * Process names that mean "the owner is playing": common launchers and games. Matched
 * case-insensitively against the executable's base name without `.exe`. Owners edit it
 * with `--games` / `games` in the config file.
 */
export const DEFAULT_GAME_PROCESSES: readonly string[] = [
  // launchers
  'steam',
  'steamwebhelper',
  'EpicGamesLauncher',
  'Battle.net',
  'GalaxyClient',
  'EADesktop',
  'Origin',
  'UbisoftConnect',
  'upc',
  'RiotClientServices',
  'LeagueClient',
  'Minecraft',
  'MinecraftLauncher',
  'Playnite.DesktopApp',
  'heroic',
  'lutris',
  'gamescope',
  // games
  'FortniteClient-Win64-Shipping',
  'VALORANT-Win64-Shipping',
  'League of Legends',
  'cs2',
  'csgo',
  'dota2',
  'r5apex',
  'RocketLeague',
  'GTA5',
  'GTA5_Enhanced',
  'PUBG',
  'TslGame',
  'Overwatch',
  'eldenring',
  'Cyberpunk2077',
  'RDR2',
  'destiny2',
  'Warframe.x64',
  'javaw',
  'bg3',
  'bg3_dx11',
  'witcher3',
  'starfield',
  'Palworld-Win64-Shipping',
  'HogwartsLegacy',
  'FC24',
  'FC25',
  'cod',
  'ModernWarfare',
  'BlackOps6',
  'Diablo IV',
  'wow',
  'Wow',
  'Hearthstone',
  'RobloxPlayerBeta',
  'GenshinImpact',
  'StarRail',
  'ZenlessZoneZero',
  'helldivers2',
  'MonsterHunterWilds',
]

/** The base name a list entry is compared with: no directory, no .exe, lower case. */
export function processKey(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name
  return base
    .replace(/\.exe$/i, '')
    .trim()
    .toLowerCase()
}
