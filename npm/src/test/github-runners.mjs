// The labels of the runners GitHub hosts, as its runner-images README lists them in December 2026. An image is
// retired about two years after it comes out, and a job asking for a retired label waits for a runner that never
// comes: the release workflow may use only these. When GitHub announces a retirement, move the label from the
// first list to the second and the workflow to the successor.
export const offeredRunnerLabels = new Set([
  'ubuntu-latest', 'ubuntu-slim', 'ubuntu-24.04', 'ubuntu-24.04-arm', 'ubuntu-22.04', 'ubuntu-22.04-arm',
  'windows-latest', 'windows-2025', 'windows-2025-vs2026', 'windows-2022', 'windows-11-arm',
  'macos-latest', 'macos-latest-large', 'macos-latest-xlarge',
  'macos-26', 'macos-26-intel', 'macos-26-large', 'macos-26-xlarge',
  'macos-15', 'macos-15-intel', 'macos-15-large', 'macos-15-xlarge',
]);

/** retired labels and the day GitHub stopped running their jobs */
export const retiredRunnerLabels = new Map([
  ['macos-14', '2026-11-02'], ['macos-14-large', '2026-11-02'], ['macos-14-xlarge', '2026-11-02'],
  ['macos-13', '2025-12-04'], ['macos-13-large', '2025-12-04'], ['macos-13-xlarge', '2025-12-04'],
  ['windows-2019', '2025-06-30'], ['ubuntu-20.04', '2025-04-15'],
]);
