import { JavaProbe } from '../src/java';

/**
 * A machine with the given files; each java prints the version found for it in `files`. All of them may be run
 * but those in `notExecutable`.
 */
export function machine(files: Record<string, string>, env: NodeJS.ProcessEnv = {},
  notExecutable: string[] = []): JavaProbe & { ran: string[] } {
  const ran: string[] = [];
  return {
    ran,
    platform: 'linux',
    env,
    isFile: (file) => file in files,
    isExecutable: (file) => file in files && !notExecutable.includes(file),
    versionOutput: async (executable) => {
      ran.push(executable);
      return `openjdk version "${files[executable]}" 2024-01-01`;
    },
  };
}
