import { readFile } from 'node:fs/promises';
import os from 'node:os';
import type { RunFacts } from './context';

export type Machine = {
  cores: number;
  cpu: string;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
  postgres: string;
  /** Versions of the libraries measured. */
  libraries: Record<string, string>;
};

const LIBRARIES = ['rxdb', 'dexie', 'fastify', 'pg', 'pouchdb-browser', 'express-pouchdb'];

export async function describeMachine(facts: RunFacts): Promise<Machine> {
  const libraries: Record<string, string> = {};
  for (const name of LIBRARIES) {
    const text = await readFile(`node_modules/${name}/package.json`, 'utf8').catch(() => '{}');
    // A package manifest: only its version is read.
    libraries[name] = (JSON.parse(text) as { version?: string }).version ?? 'absent';
  }
  return {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: facts.chromium ?? 'not started',
    postgres: facts.postgres ?? 'not started',
    libraries,
  };
}

export function machineLine(machine: Machine): string {
  return (
    `${String(machine.cores)} cores (${machine.cpu}), ${String(machine.memoryGiB)} GiB, ` +
    `${machine.os}; Node ${machine.node}; ${machine.chromium}; ${machine.postgres}`
  );
}
