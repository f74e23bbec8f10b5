import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

export const WINDOW_STATE_FILE = 'window-state.json'
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const
/** Below this the order tables and the side navigation stop fitting side by side. */
export const MINIMUM_WINDOW_SIZE = { width: 960, height: 600 } as const

export interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

export interface WindowState {
  bounds: Rectangle
  isMaximized: boolean
}

/** What the window opens with; no position means "let the system centre it". */
export interface InitialWindowBounds {
  x?: number
  y?: number
  width: number
  height: number
  isMaximized: boolean
}

const windowStateSchema = z.object({
  bounds: z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().positive(), height: z.number().int().positive() }),
  isMaximized: z.boolean(),
})

/** Anything unreadable (hand-edited, truncated, from an older build) counts as "no saved state", never as an error. */
export function parseWindowState(text: string): WindowState | undefined {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}

/** At least the minimum (unless the screen itself is smaller), at most the screen. */
function fitSize(wanted: number, minimum: number, available: number | undefined): number {
  if (available === undefined) return Math.max(wanted, minimum)
  return Math.max(Math.min(wanted, available), Math.min(minimum, available))
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, high))
}

function largestArea(areas: readonly Rectangle[]): Rectangle | undefined {
  return [...areas].sort((a, b) => b.width * b.height - a.width * a.height)[0]
}

/**
 * Fits the saved bounds to the displays present now: a monitor may have been
 * unplugged or the resolution lowered since. The window goes back where it was
 * if that place is still mostly on a screen; otherwise the system centres it.
 */
export function restoreWindowBounds(saved: WindowState | undefined, workAreas: readonly Rectangle[]): InitialWindowBounds {
  const isMaximized = saved?.isMaximized ?? false
  const wanted = saved?.bounds
  const home = wanted && workAreas.find((area) => overlapArea(wanted, area) >= (wanted.width * wanted.height) / 2)
  const screen = home ?? largestArea(workAreas)
  const width = fitSize(wanted?.width ?? DEFAULT_WINDOW_SIZE.width, MINIMUM_WINDOW_SIZE.width, screen?.width)
  const height = fitSize(wanted?.height ?? DEFAULT_WINDOW_SIZE.height, MINIMUM_WINDOW_SIZE.height, screen?.height)
  if (wanted === undefined || home === undefined) return { width, height, isMaximized }
  return {
    x: clamp(wanted.x, home.x, home.x + home.width - width),
    y: clamp(wanted.y, home.y, home.y + home.height - height),
    width,
    height,
    isMaximized,
  }
}

export function readWindowState(file: string): WindowState | undefined {
  try {
    return parseWindowState(fs.readFileSync(file, 'utf8'))
  } catch {
    return undefined
  }
}

/** Written to a temporary file and renamed, so a crash mid-write leaves the previous state, not half a file. */
export function writeWindowState(file: string, state: WindowState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const temporary = `${file}.tmp`
  fs.writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`)
  fs.renameSync(temporary, file)
}
