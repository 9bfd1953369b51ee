/**
 * The pull-request workflow `policygen init` writes to `.github/workflows/policies.yml` (and the one
 * this repository uses): validate, check the build, comment the diff, refuse material changes without
 * a new version. Node 22 LTS; actions pinned by commit SHA with the least permissions; a `merge_group`
 * trigger for merge queues; forks get the report in the job summary; the comment is kept within
 * GitHub's limit and the whole report is attached as an artifact.
 */
export const pullRequestWorkflow = `# Checks the facts of every pull request, comments what it changes, and refuses material changes
# that come without a new version and effective date. Written by \`policygen init\`; copy it as it is.
name: policies

on:
  pull_request:
  merge_group:

permissions:
  contents: read

jobs:
  policies:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pull-requests: write # the comment with the diff
    env:
      # Passed through the environment, never pasted into a script.
      BASE_REF: \${{ github.base_ref || github.event.merge_group.base_ref }}
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        with:
          fetch-depth: 0 # the base branch's history, for \`policygen diff origin/<base> HEAD\`
      - uses: actions/setup-node@39370e3970a6d050c480ffad4ff0ed4d3fdee5af # v4.1.0
        with:
          node-version: 22
          cache: npm
      - run: npm ci
      - run: npx policygen validate
      - run: npx policygen build --quiet --out "$RUNNER_TEMP/policies" # every document renders
      - run: npx policygen build --check --if-present # a committed output folder was rebuilt with the change
      - name: Diff against the base branch
        run: |
          base="origin/\${BASE_REF#refs/heads/}"
          npx policygen diff "$base" HEAD --format md > comment.md # kept within a comment's 65,536 characters
          npx policygen diff "$base" HEAD --format md --out diff.md # the whole report
          cat comment.md >> "$GITHUB_STEP_SUMMARY"
      - name: Attach the whole report
        uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2
        with:
          name: policy-diff
          path: diff.md
      - name: Comment the diff on the pull request
        # A pull request from a fork gets a read-only token: its report is in the job summary instead.
        if: github.event_name == 'pull_request' && github.event.pull_request.head.repo.full_name == github.repository
        env:
          GH_TOKEN: \${{ github.token }}
          PR: \${{ github.event.pull_request.number }}
        run: gh pr comment "$PR" --edit-last --body-file comment.md || gh pr comment "$PR" --body-file comment.md
      - name: Refuse material changes without a new version and effective date
        run: npx policygen diff "origin/\${BASE_REF#refs/heads/}" HEAD --fail-on material --format json --out diff.json
`
