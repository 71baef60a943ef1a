// Writes the C. elegans collection fixtures of CelegansCollection tests with DuckDB (a third-party Parquet
// writer, so the reader is not tested against our own encoder). Layout follows the homogenized collection
// (Simeon et al., arXiv 2411.12091; notes connectome.md §E.3): one row per worm × neuron, LIST<FLOAT> arrays.
//
//   cd /tmp/duck && npm install @duckdb/node-api        (DuckDB 1.5.6 made the committed files)
//   cd /tmp/duck && node /path/to/make_fixtures.mjs OUT_DIR              the small fixtures below
//   cd /tmp/duck && node /path/to/make_fixtures.mjs OUT_DIR W N T        OUT_DIR/large.parquet: W worms × N
//                                                      labelled neurons × T timesteps, row groups of 1024 rows
//
// The slots are made up (the 300-label list is not available offline) but follow the rule a real build obeys:
// distinct labels have distinct slots increasing with the labels' plain string order. Unlabelled neuron "12"
// sits in a different random slot in each worm, as the collection's preprocessing does (§E.2 step 8).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// Resolved from the working directory's node_modules (the package is not a dependency of this repository).
const api = join(process.cwd(), 'node_modules', '@duckdb', 'node-api', 'lib', 'index.js');
const { DuckDBInstance } = await import(pathToFileURL(api).href);

const out = process.argv[2];
if (!out) {
  throw new Error('usage: node make_fixtures.mjs OUT_DIR [WORMS NEURONS TIMESTEPS]');
}
const db = await DuckDBInstance.create(':memory:');
const c = await db.connect();
const run = (sql) => c.run(sql);

// T resampled steps at dt = 0.333 s; 100 native steps at 0.5 s; traces are deterministic sines per neuron.
const T = 150;
const rows = `
  (VALUES ('Kato2015',   'worm0', 'AVAL', 40,  true,  1.0),
          ('Kato2015',   'worm0', 'AVAR', 41,  true,  2.0),
          ('Kato2015',   'worm0', '12',   17,  false, 3.0),
          ('Yemini2021', 'worm0', 'AVAL', 40,  true,  1.5),
          ('Yemini2021', 'worm0', 'AVAR', 41,  true,  2.5),
          ('Yemini2021', 'worm0', '12',   203, false, 3.5))
  AS n(source_dataset, worm, neuron, slot, labelled, freq)`;
const series = (len, expr) => `list_transform(range(${len}), i -> (${expr})::FLOAT)`;
const calcium = series(T, 'sin(i * 0.02 * freq) + 0.3 * cos(i * 0.11 * freq + freq)');
const time = series(T, 'i * 0.333');

await run(`CREATE TABLE newer AS SELECT
    source_dataset, source_dataset || '/' || worm || '.mat' AS raw_data_file, worm, neuron,
    slot::INTEGER AS slot, labelled AS is_labeled_neuron,
    'moving' AS smooth_method, 'linear' AS interpolate_method, 'standard' AS normalization_method,
    ${series(100, 'sin(i * 0.03 * freq)')} AS original_calcium_data,
    ${calcium} AS calcium_data,
    ${series(100, 'i * 0.5')} AS original_time_in_seconds,
    ${time} AS time_in_seconds,
    ${T}::INTEGER AS max_timesteps
  FROM ${rows} ORDER BY source_dataset, worm, neuron`);
const copy = (select, name, options = '') => run(`COPY (${select}) TO '${join(out, name)}' (FORMAT parquet${options})`);

if (process.argv.length > 3) {
  const [w, n, t] = process.argv.slice(3).map(Number);
  await copy(`SELECT 'Synthetic' AS source_dataset, 'synthetic.mat' AS raw_data_file, 'worm' || k AS worm,
      'N' || lpad(j::VARCHAR, 3, '0') AS neuron, j::INTEGER AS slot, true AS is_labeled_neuron,
      'moving' AS smooth_method, 'linear' AS interpolate_method, 'standard' AS normalization_method,
      list_transform(range(${t}), i -> sin(i * 0.01 * (j + 1) + k)::FLOAT) AS calcium_data,
      list_transform(range(${t}), i -> (i * 0.333)::FLOAT) AS time_in_seconds, ${t}::INTEGER AS max_timesteps
    FROM range(${w}) w(k), range(${n}) n(j) ORDER BY k, j`, 'large.parquet', ', ROW_GROUP_SIZE 1024');
  process.exit(0);
}

await copy('SELECT * FROM newer', 'worms.parquet');
// An older build: no normalization_method nor original traces; is_unlabeled_neuron, the residual
// (derivative) variants, dt and the median dts instead; columns in another order.
await copy(`SELECT n.source_dataset, n.worm, n.neuron, n.slot, n.is_labeled_neuron,
    NOT n.is_labeled_neuron AS is_unlabeled_neuron, n.max_timesteps, n.time_in_seconds,
    list_transform(range(${T}), i -> CASE WHEN i = 0 THEN 0 ELSE 0.333 END::FLOAT) AS dt,
    0.333::FLOAT AS median_dt, 0.5::FLOAT AS original_median_dt, 100::INTEGER AS original_max_timesteps,
    n.calcium_data, n.calcium_data AS smooth_calcium_data,
    list_transform(range(${T}), i -> 0.1::FLOAT) AS residual_calcium,
    list_transform(range(${T}), i -> 0.1::FLOAT) AS smooth_residual_calcium,
    n.raw_data_file, 'gaussian' AS smooth_method, n.interpolate_method
  FROM newer n`, 'worms_older.parquet');

const yemini = `source_dataset = 'Yemini2021'`;
// Kato2015/worm0 AVAR: 149 calcium values for max_timesteps 150.
await copy(`SELECT * REPLACE (CASE WHEN source_dataset = 'Kato2015' AND neuron = 'AVAR'
    THEN calcium_data[1:${T - 1}] ELSE calcium_data END AS calcium_data) FROM newer`, 'bad_length.parquet');
// Yemini2021/worm0 sampled every 0.5 s (median dt 0.5, not 0.333).
await copy(`SELECT * REPLACE (CASE WHEN ${yemini} THEN ${series(T, 'i * 0.5')} ELSE time_in_seconds END
    AS time_in_seconds) FROM newer`, 'bad_dt.parquet');
// Yemini2021/worm0 AVAR on a clock shifted by 0.1 s: the worm's rows disagree on time.
await copy(`SELECT * REPLACE (CASE WHEN ${yemini} AND neuron = 'AVAR' THEN ${series(T, 'i * 0.333 + 0.1')}
    ELSE time_in_seconds END AS time_in_seconds) FROM newer`, 'bad_time.parquet');
// Yemini2021/worm0 AVAR in slot 42 while Kato2015/worm0 has it in slot 41.
await copy(`SELECT * REPLACE (CASE WHEN ${yemini} AND neuron = 'AVAR' THEN 42 ELSE slot END AS slot) FROM newer`,
    'bad_slot.parquet');
// Kato2015/worm0 AVAL all zeros (the collection drops such neurons).
await copy(`SELECT * REPLACE (CASE WHEN source_dataset = 'Kato2015' AND neuron = 'AVAL'
    THEN list_transform(calcium_data, x -> 0::FLOAT) ELSE calcium_data END AS calcium_data) FROM newer`,
    'bad_zero.parquet');
// No time_in_seconds column at all.
await copy('SELECT * EXCLUDE (time_in_seconds) FROM newer', 'bad_no_time.parquet');
