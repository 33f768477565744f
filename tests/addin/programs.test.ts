/** The rule for tests that need an installed program: skip visibly, or fail when programs are required. */
import { requireProgram } from '../../testkit/programs';

describe('requireProgram', () => {
  const saved = process.env.CONCORDAT_REQUIRE_PROGRAMS;
  afterEach(() => {
    if (saved === undefined) delete process.env.CONCORDAT_REQUIRE_PROGRAMS;
    else process.env.CONCORDAT_REQUIRE_PROGRAMS = saved;
  });

  test('finds an installed program', () => {
    expect(requireProgram(process.execPath, 'Node.js')).toBe(true);
  });

  test('reports a missing program and lets the caller skip', () => {
    delete process.env.CONCORDAT_REQUIRE_PROGRAMS;
    const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(requireProgram('/nonexistent/chromium', 'Chromium')).toBe(false);
    expect(write).toHaveBeenCalledWith(
      expect.stringContaining('SKIPPED: Chromium is not installed at /nonexistent/chromium'),
    );
    write.mockRestore();
  });

  test('fails instead when CONCORDAT_REQUIRE_PROGRAMS=1', () => {
    process.env.CONCORDAT_REQUIRE_PROGRAMS = '1';
    expect(() => requireProgram('/nonexistent/chromium', 'Chromium')).toThrow(
      /CONCORDAT_REQUIRE_PROGRAMS=1 requires it/,
    );
  });
});
