-- Hardening (#12). A fulfilment message names its redemption, so cancelling the redemption withdraws the message in
-- the same transaction, and delivery can lock and re-check the redemption right before it sends.
ALTER TABLE outbox ADD COLUMN redemption_id bigint REFERENCES redemption (id);
UPDATE outbox SET redemption_id = (payload::jsonb ->> 'redemptionId')::bigint
 WHERE topic = 'reward.fulfilment' AND payload::jsonb ? 'redemptionId';
CREATE INDEX outbox_redemption_idx ON outbox (redemption_id) WHERE redemption_id IS NOT NULL;

-- Open311's schemas allow descriptions of up to 4000 characters (the app keeps its own, shorter limit).
ALTER TABLE city_case ALTER COLUMN description TYPE varchar(4000);

-- Open311 servicerequestupdates (mySociety's extension) reads the events of a period in order.
CREATE INDEX case_event_at_idx ON case_event (at, id);
