import { describe, expect, it } from 'vitest'
import { progressLines, type CliOutput } from '../../src-main/cli/output'

function capturing(): { output: CliOutput; lines: string[] } {
  const lines: string[] = []
  return { lines, output: { json: false, result: () => {}, progress: (message) => lines.push(message) } }
}

describe('progress lines on the terminal', () => {
  it('prints the first report and drops the ones that follow at once', () => {
    const { output, lines } = capturing()
    const show = progressLines(output)
    show('Importing: 100 rows')
    show('Importing: 200 rows')
    show('Importing: 300 rows')
    expect(lines).toEqual(['Importing: 100 rows'])
  })

  it('prints a report marked to be printed always, however soon it comes', () => {
    const { output, lines } = capturing()
    const show = progressLines(output)
    show('Loading: 1 / 2')
    show('Loading: 2 / 2', true)
    expect(lines).toEqual(['Loading: 1 / 2', 'Loading: 2 / 2'])
  })
})
