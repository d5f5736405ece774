export function buildCli(options?: { quiet?: boolean }): Promise<{ inputs: number }>;
