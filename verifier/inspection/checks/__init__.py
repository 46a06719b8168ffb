"""The inspection's checks, one module per family; each returns typed ``CheckResult`` lists.

The pipeline (``verifier.inspection.pipeline``) runs them as stages and turns a stage that
raised into ``error`` checks for what it would have checked (``stages.Stages``, which records
it as a ``result.StageFailure``).
"""
